import StakeMap

/// What an output written over an input would lose: why `InputGuard` refuses the write.
public enum OverwriteLoss: Sendable, Hashable {
    /// The output is another kind of document (a map, a report, a plan).
    case anotherKindOfDocument
    /// The output leaves out what its audience may not see.
    case leavesOut(AudienceOmission)
    /// The output's format cannot hold everything the input holds (a warning said what).
    case formatCannotHold
    /// The output is in another format.
    case anotherFormat
    /// The reader warned about the input: the output may not hold everything it holds.
    case readerWarned

    /// What the output does, in English, after "the output ": "is another kind of document".
    public var english: String {
        switch self {
        case .anotherKindOfDocument: "is another kind of document"
        case let .leavesOut(omission): "leaves out \(omission.counts) (--audience \(omission.keepingAudience.rawValue) keeps them)"
        case .formatCannotHold: "cannot hold everything it holds (see the warning above)"
        case .anotherFormat: "is in another format"
        case .readerWarned: "may not hold everything it holds (see the reader's warnings above)"
        }
    }
}

/// A write `InputGuard` refuses, as facts: the destination, which input it is, and what the
/// output would lose. A command words it in its language; `error` is the English error.
public struct OverwriteRefusal: Sendable, Hashable {
    /// The destination, as given.
    public var path: String
    /// The input file it is, as the input named it, when it is a file the input includes;
    /// nil when it is the input itself.
    public var include: String?
    /// What the output would lose.
    public var loss: OverwriteLoss

    /// Creates a refusal.
    public init(path: String, include: String?, loss: OverwriteLoss) {
        self.path = path
        self.include = include
        self.loss = loss
    }

    /// The English error (`.unwritable`), as `SafeWriter` throws it.
    public var error: StakeMapError {
        let role = include.map { "'\($0)', a file the input includes" } ?? "the input"
        return StakeMapError(.unwritable, "refusing to overwrite '\(path)': it is \(role), and the output \(loss.english)",
                             hint: "write to another file; nothing was written")
    }
}

/// The files an output must not replace: the input a command read and every file it includes,
/// unless the output holds everything they held.
public struct InputGuard: Sendable {
    /// The input files (paths as given; compared by identity on disk, so links and `..` do not matter).
    public var files: [String]
    /// What writing over them would lose, or nil when the output holds everything they hold.
    public var loss: OverwriteLoss?

    /// Creates a guard over `files`; `loss` says what the output leaves out (nil: nothing).
    public init(files: [String], loss: OverwriteLoss?) {
        self.files = files
        self.loss = loss
    }

    /// Guards nothing.
    public static let none = InputGuard(files: [], loss: nil)

    /// The refusal of writing to the first of `paths` that is a guarded input (the same check
    /// `SafeWriter` makes), or nil when the write may go ahead: for a command that says why in
    /// its own language before writing.
    public func refusal(forPaths paths: [String]) -> OverwriteRefusal? {
        let destinations = paths.compactMap { path -> (path: String, target: String)? in
            if case let .file(path, target)? = try? OutputDestination.resolve(path) { return (path, target) }
            return nil
        }
        return refusal(destinations)
    }

    /// The refusal of the first destination in `destinations` that is a guarded input.
    func refusal(_ destinations: [(path: String, target: String)]) -> OverwriteRefusal? {
        guard let loss, !files.isEmpty else { return nil }
        let inputs = Dictionary(files.compactMap { file in FileIdentity(path: file).map { ($0, file) } },
                                uniquingKeysWith: { first, _ in first })
        for destination in destinations {
            guard let identity = FileIdentity(path: destination.target), let input = inputs[identity] else { continue }
            return OverwriteRefusal(path: destination.path, include: input == files.first ? nil : input, loss: loss)
        }
        return nil
    }

    /// Throws when a destination in `targets` is one of the guarded inputs and the output would lose something.
    func check(_ destinations: [(path: String, target: String)]) throws(StakeMapError) {
        if let refusal = refusal(destinations) { throw refusal.error }
    }
}
