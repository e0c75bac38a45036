import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress indicator on standard error for long work (`stakemap: rendering 5,000
/// actors with sfdp… 3.1 s`), shown only when standard error is a terminal and only once the
/// work has taken `delay` seconds, so quick commands and pipes see nothing at all.
///
/// The line is redrawn in place from a background timer; `finish()` erases it. Callers may
/// change the phase and give a fraction done at any time, from any thread.
public final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let enabled: Bool
    private let started = Date()
    private var phase: String
    private var fraction: Double?
    private var shown = false
    private var finished = false
    private var timer: DispatchSourceTimer?

    /// Whether standard error is a terminal (progress lines are drawn only then).
    public static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Starts tracking `phase`; the line appears after `delay` seconds if the work is still running.
    /// - Parameter enabled: override for tests; by default, whether standard error is a terminal.
    public init(_ phase: String, delay: Double = 1.0, enabled: Bool = ProgressLine.isTerminal) {
        self.phase = phase
        self.enabled = enabled
        guard enabled else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + delay, repeating: 0.25)
        timer.setEventHandler { [weak self] in self?.draw() }
        self.timer = timer
        timer.resume()
        Interruption.current.progress = self
    }

    /// Switches to a new phase (`laying out`, `writing`), optionally with a fraction done (0…1).
    public func update(_ phase: String? = nil, fraction: Double? = nil) {
        lock.lock()
        if let phase { self.phase = phase }
        self.fraction = fraction
        lock.unlock()
    }

    /// Erases the line (if it was drawn) and stops the timer; safe to call more than once.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard enabled, !finished else { return }
        finished = true
        timer?.cancel()
        timer = nil
        if shown { Self.write("\r\u{1B}[K") }
    }

    /// The text of the line as it would be drawn now.
    public func text(elapsed: Double) -> String {
        lock.lock()
        defer { lock.unlock() }
        let percent = fraction.map { String(format: " %3.0f%%", min(max($0, 0), 1) * 100) } ?? ""
        return "stakemap: \(phase)…\(percent) \(String(format: "%.1f", elapsed)) s"
    }

    private func draw() {
        let line = text(elapsed: Date().timeIntervalSince(started))
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        shown = true
        Self.write("\r\u{1B}[K" + line)
    }

    private static func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Foundation.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
