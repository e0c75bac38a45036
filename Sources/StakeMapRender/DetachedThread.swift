import Foundation

/// Work started on a new POSIX thread of its own.
///
/// Foundation's `Thread.detachNewThread` took about 4 ms to start its first thread (it sets up
/// Foundation's thread objects first); a render's preparation must start at once to finish
/// while the network loads.
enum DetachedThread {
    /// Runs `body` on a new detached thread, or here and now if no thread can be created.
    static func start(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { raw in
            guard let raw else { return nil }
            Unmanaged<Body>.fromOpaque(raw).takeRetainedValue().run()
            return nil
        }, box)
        if status == 0 {
            pthread_detach(thread)
        } else {
            Unmanaged<Body>.fromOpaque(box).release()
            body()
        }
    }

    private final class Body: Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}
