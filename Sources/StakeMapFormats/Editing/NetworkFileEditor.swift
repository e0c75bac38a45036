import Foundation
import StakeMap

/// Records new actors, ties and events in a native network file in place.
///
/// The entries go at the end of their sections (`SectionAppender`); every other byte of the file
/// stays as it was. The whole network (the file with everything it includes, or the root file
/// that includes `target`) is read and checked with the change before anything is written; on
/// any error nothing changes. The write is atomic: the checked text is a temporary file beside
/// the target, renamed over it.
public struct NetworkFileEditor: Sendable {
    /// New entries for one file.
    public struct Change: Sendable {
        /// Actors to add.
        public var actors: [Actor] = []
        /// Ties to add.
        public var ties: [Tie] = []
        /// Events to add.
        public var events: [Event] = []
        /// Source records to add (bare ids cited by the new entries).
        public var sources: [Source] = []
        /// Keys to set in actor entries already in the file (block-style entries only).
        public var updates: [EntryUpdate] = []

        /// Creates a change.
        public init(actors: [Actor] = [], ties: [Tie] = [], events: [Event] = [], sources: [Source] = []) {
            self.sources = sources
            self.actors = actors
            self.ties = ties
            self.events = events
        }

        /// Whether there is nothing to add.
        public var isEmpty: Bool { actors.isEmpty && ties.isEmpty && events.isEmpty && sources.isEmpty && updates.isEmpty }
    }

    /// A checked change, ready to write.
    public struct Plan: Sendable {
        /// The file that changes.
        public let target: String
        /// The new text of `target`.
        public let text: String
        /// The lines added, in file order of their sections.
        public let addedLines: [String]
        /// The entries of the file that gain keys (an import merging into them): id and keys.
        public let updated: [(id: String, keys: [String])]
        /// The network as it will be.
        public let graph: Graph
    }

    /// The network file (the root: its includes are part of the network).
    public let root: String
    /// The file that receives the entries: `root`, or a file it includes.
    public let target: String

    /// Creates an editor of `root`, writing into `target` (default: `root`).
    public init(root: String, into target: String? = nil) {
        self.root = root
        self.target = target ?? root
    }

    /// The network as it stands (empty when `root` does not exist yet).
    /// - Throws: `StakeMapError` with every problem of the current files.
    public func current() throws(StakeMapError) -> Graph {
        guard FileManager.default.fileExists(atPath: root) else { return Graph() }
        return try NativeReader().read(path: root).graph
    }

    /// The change applied to the text and checked with the whole network; nothing is written.
    /// - Throws: `StakeMapError` with every problem the change would cause (located in the real
    ///   file names), or `.unwritable` when a temporary file cannot be made.
    public func plan(_ change: Change) throws(StakeMapError) -> Plan {
        let original = try Self.text(of: target, missingIsEmpty: target == root)
        var text = original.isEmpty ? "stakemap: 1\n" : original
        var added: [String] = []
        var updated: [(id: String, keys: [String])] = []
        for update in change.updates {
            guard let newText = try EntryUpdater.apply(update, to: text) else {
                throw StakeMapError(.unsupported, "the entry of '\(update.actor.id)' in \(target) is not a block entry ('- id: …' with one key per line)",
                                    hint: "add \(update.keys.joined(separator: ", ")) to it by hand")
            }
            text = newText
            updated.append((id: update.actor.id, keys: update.keys))
        }
        for (section, entries) in [("sources", try EntryLines.sources(change.sources)), ("actors", try EntryLines.actors(change.actors)), ("ties", try EntryLines.ties(change.ties)),
                                   ("events", try EntryLines.events(change.events))] where !entries.isEmpty {
            text = try SectionAppender(text: text, file: target).appending(entries, to: section)
            added += entries.joined()
        }
        let graph = try check(text)
        return Plan(target: target, text: text, addedLines: added, updated: updated, graph: graph)
    }

    /// Writes a checked plan (atomically).
    /// - Throws: `StakeMapError` (`.unwritable`).
    public func write(_ plan: Plan) throws(StakeMapError) {
        try EditorFiles.writeAtomically(plan.text, to: plan.target)
    }

    /// Reads the network with `text` in place of `target`'s content.
    private func check(_ text: String) throws(StakeMapError) -> Graph {
        let temporary = try EditorFiles.temporarySibling(of: target, text: text)
        var cleanup = [temporary]
        defer { for path in cleanup { try? FileManager.default.removeItem(atPath: path) } }
        var readPath = temporary
        var renames = [temporary: target]
        if target != root {
            let rootText = try Self.text(of: root, missingIsEmpty: false)
            guard let redirected = IncludeRedirect.rootText(rootText, root: root, include: target, to: temporary) else {
                throw StakeMapError(.badArgument, "\(root) does not include \(target)",
                                    hint: "--into names a file listed under 'include:' of the network file")
            }
            let temporaryRoot = try EditorFiles.temporarySibling(of: root, text: redirected)
            cleanup.append(temporaryRoot)
            renames[temporaryRoot] = root
            readPath = temporaryRoot
        }
        do {
            return try NativeReader().read(path: readPath).graph
        } catch {
            throw EditorFiles.renamingFiles(in: error, renames)
        }
    }

    private static func text(of path: String, missingIsEmpty: Bool) throws(StakeMapError) -> String {
        if missingIsEmpty && !FileManager.default.fileExists(atPath: path) { return "" }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StakeMapError(.unreadable, "cannot read '\(path)'")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw StakeMapError(.invalidInput, "'\(path)' is not UTF-8 text")
        }
        return text
    }
}
