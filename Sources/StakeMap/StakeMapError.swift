/// The error of the `StakeMap` libraries: a code and every problem found.
public struct StakeMapError: Error, Sendable, CustomStringConvertible {
    /// What class of failure this is.
    public enum Code: String, Sendable, Hashable {
        /// The input could not be read from disk.
        case unreadable
        /// The input is not valid (syntax or content).
        case invalidInput
        /// The input exceeds a safety limit (size, alias expansion, nesting).
        case limitExceeded
        /// An argument names something that does not exist or is ambiguous.
        case badArgument
        /// The output could not be written.
        case unwritable
        /// A required system component (Graphviz plugins, a font) is missing or broken.
        case environment
        /// An operation is not possible for another reason.
        case unsupported
    }

    /// What class of failure this is.
    public var code: Code
    /// Every problem found, in input order.
    public var diagnostics: [Diagnostic]
    /// The fact behind an error about an actor argument (unknown, ambiguous, withheld), for a
    /// caller that words it in another language; nil for every other error.
    public var actorResolution: ActorResolutionFailure?

    /// Creates an error from diagnostics.
    public init(_ code: Code, _ diagnostics: [Diagnostic]) {
        self.code = code
        self.diagnostics = diagnostics
    }

    /// Creates an error with one message and no location.
    public init(_ code: Code, _ message: String, hint: String? = nil, at location: SourceLocation? = nil) {
        self.init(code, [Diagnostic(.error, at: location, message, hint: hint)])
    }

    /// All diagnostics, one per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
