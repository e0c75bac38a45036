/// One problem found in the input, printed as `FILE:LINE:COLUMN: error: MESSAGE`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable {
        /// The input cannot be used.
        case error
        /// The input can be used, but something is probably wrong or was dropped.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// Where the problem is; nil when it concerns a file as a whole and no position is known.
    public var location: SourceLocation?
    /// What is wrong, in one sentence.
    public var message: String
    /// What to do about it (`did you mean 'member-of'?`), if a hint helps.
    public var hint: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, at location: SourceLocation?, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE; HINT`.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        let tail = hint.map { "; \($0)" } ?? ""
        return "\(place)\(severity.rawValue): \(message)\(tail)"
    }
}
