import Foundation
internal import CGraphviz

/// Collects what Graphviz reports through `agerr` (installed with `agseterrf`, which also
/// keeps it off standard error) and turns it into diagnostics.
///
/// Only touched with `GraphvizLock` held, hence `@unchecked Sendable`.
final class GraphvizMessages: @unchecked Sendable {
    /// The collector Graphviz reports to.
    static let shared = GraphvizMessages()

    private var buffer = ""

    /// Starts collecting: installs the callback and forgets earlier messages.
    func begin() {
        buffer = ""
        smap_capture_messages { message in
            if let message { GraphvizMessages.shared.buffer += String(cString: message) }
            return 0
        }
        agreseterrors()
    }

    /// The messages since `begin()`: `Error: …` as errors, the rest as warnings; continuation
    /// lines are joined to the message they continue.
    func drain() -> [Diagnostic] {
        defer { buffer = "" }
        var diagnostics = [Diagnostic]()
        for line in buffer.split(separator: "\n", omittingEmptySubsequences: true) {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            if let message = text.dropPrefix("Error:") {
                diagnostics.append(Diagnostic(.error, at: nil, "graphviz: " + message))
            } else if let message = text.dropPrefix("Warning:") {
                diagnostics.append(Diagnostic(.warning, at: nil, "graphviz: " + message))
            } else if let last = diagnostics.indices.last {
                diagnostics[last].message += " " + text
            } else {
                diagnostics.append(Diagnostic(.warning, at: nil, "graphviz: " + text))
            }
        }
        return diagnostics
    }
}

extension String {
    /// The rest after `prefix`, trimmed; nil when the string does not start with it.
    fileprivate func dropPrefix(_ prefix: String) -> String? {
        guard hasPrefix(prefix) else { return nil }
        return String(dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
    }
}
