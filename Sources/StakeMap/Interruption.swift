import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Clean interruption of long commands: on Ctrl-C (SIGINT) or SIGTERM the progress line is
/// erased, temporary files registered with `removeOnInterrupt(_:)` are deleted, one line
/// `stakemap: interrupted` goes to standard error and the process exits with status 130
/// (SIGINT) or 143 (SIGTERM). Outputs are written atomically, so an interrupted command leaves
/// any earlier output file as it was and no partial file behind.
public final class Interruption: @unchecked Sendable {
    /// The process-wide instance.
    public static let current = Interruption()

    private let lock = NSLock()
    private var sources: [DispatchSourceSignal] = []
    private var temporaryFiles: Set<String> = []
    private var progressLine: ProgressLine?

    /// The progress line to erase on interruption (set by `ProgressLine`).
    var progress: ProgressLine? {
        get { lock.lock(); defer { lock.unlock() }; return progressLine }
        set { lock.lock(); progressLine = newValue; lock.unlock() }
    }

    /// Installs the SIGINT and SIGTERM handlers (once; later calls do nothing).
    public func install() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for (signalNumber, status) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: DispatchQueue.global(qos: .userInteractive))
            source.setEventHandler { [weak self] in self?.interrupt(status: status) }
            source.resume()
            sources.append(source)
        }
    }

    /// Registers a temporary file to delete if the command is interrupted.
    public func removeOnInterrupt(_ path: String) {
        lock.lock()
        temporaryFiles.insert(path)
        lock.unlock()
    }

    /// Forgets a temporary file (it was renamed into place or removed).
    public func forget(_ path: String) {
        lock.lock()
        temporaryFiles.remove(path)
        lock.unlock()
    }

    private func interrupt(status: Int32) {
        progress?.finish()
        lock.lock()
        let files = temporaryFiles
        lock.unlock()
        for file in files { unlink(file) }
        let message = Array("stakemap: interrupted\n".utf8)
        _ = message.withUnsafeBytes { Foundation.write(STDERR_FILENO, $0.baseAddress, $0.count) }
        _exit(status)
    }
}
