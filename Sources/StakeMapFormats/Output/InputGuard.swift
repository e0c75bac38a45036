import StakeMap

/// The files an output must not replace: the input a command read and every file it includes,
/// unless the output holds everything they held.
public struct InputGuard: Sendable {
    /// The input files (paths as given; compared by identity on disk, so links and `..` do not matter).
    public var files: [String]
    /// Why writing over them would lose something, or nil when the output holds everything they hold.
    public var loss: String?

    /// Creates a guard over `files`; `loss` says what the output leaves out (nil: nothing).
    public init(files: [String], loss: String?) {
        self.files = files
        self.loss = loss
    }

    /// Guards nothing.
    public static let none = InputGuard(files: [], loss: nil)

    /// Throws when a destination in `targets` is one of the guarded inputs and the output would lose something.
    func check(_ destinations: [(path: String, target: String)]) throws(StakeMapError) {
        guard let loss, !files.isEmpty else { return }
        let inputs = Dictionary(files.compactMap { file in FileIdentity(path: file).map { ($0, file) } },
                                uniquingKeysWith: { first, _ in first })
        for destination in destinations {
            guard let identity = FileIdentity(path: destination.target), let input = inputs[identity] else { continue }
            let role = input == files.first ? "the input" : "'\(input)', a file the input includes"
            throw StakeMapError(.unwritable, "refusing to overwrite '\(destination.path)': it is \(role), and the output \(loss)",
                                hint: "write to another file; nothing was written")
        }
    }
}
