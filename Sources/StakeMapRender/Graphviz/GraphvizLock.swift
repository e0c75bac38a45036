import Foundation

/// The one process-wide lock around every Graphviz call.
///
/// Graphviz is not thread-safe, not even with one context per thread (GRAPHVIZ.md: two
/// threads with separate contexts crashed 6 runs out of 6), and its error callback is global.
enum GraphvizLock {
    private static let lock = NSLock()

    /// Runs `body` with the lock held.
    static func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
