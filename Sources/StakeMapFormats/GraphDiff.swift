/// What changed between two versions of a network: actors, ties and events added, removed or
/// changed field by field, and changes to the network's own fields.
///
/// Actors and events are matched by id. Ties are matched by their identity (ends, kind, date);
/// a tie left over on both sides with the same ends and kind is one tie whose date changed.
public struct GraphDiff: Sendable {
    /// One field's old and new value (nil: not set).
    public struct FieldChange: Sendable, Hashable, Codable {
        /// The field's native name (`tags`, `follow_up`, `name languages`).
        public var field: String
        /// The value before.
        public var old: String?
        /// The value after.
        public var new: String?

        /// Creates a field change.
        public init(field: String, old: String?, new: String?) {
            self.field = field
            self.old = old
            self.new = new
        }
    }

    /// An item present in both versions with some fields changed.
    public struct Change: Sendable, Hashable, Codable {
        /// The actor or event id, or the tie's description (`lwa — unsmil met 2018`).
        public var item: String
        /// The fields that differ, in the model's field order.
        public var changes: [FieldChange]

        /// Creates an item change.
        public init(item: String, changes: [FieldChange]) {
            self.item = item
            self.changes = changes
        }
    }

    /// Added, removed and changed items of one kind.
    public struct Section<Item: Sendable>: Sendable {
        /// Items only in the new version.
        public var added: [Item] = []
        /// Items only in the old version.
        public var removed: [Item] = []
        /// Items in both with different fields.
        public var changed: [Change] = []

        /// Whether nothing changed.
        public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
    }

    /// Changes to the title, description and `as_of`.
    public private(set) var network: [FieldChange] = []
    /// Actor changes.
    public private(set) var actors = Section<Actor>()
    /// Tie changes.
    public private(set) var ties = Section<Tie>()
    /// Event (meeting, workshop, …) changes.
    public private(set) var events = Section<Event>()

    /// Whether the two versions are the same network.
    public var isEmpty: Bool { network.isEmpty && actors.isEmpty && ties.isEmpty && events.isEmpty }

    /// Compares `old` with `new`.
    /// - Complexity: O(items × fields).
    public init(old: Graph, new: Graph) {
        network = Self.networkChanges(old, new)
        actors = Self.byID(old.actors, new.actors, id: \.id) { a, b in
            Self.fieldChanges(ModelField.all.filter { $0.scope == .actor && $0.name != "id" }.map(\.name)) { ModelFieldValues.actor($0, a) } new: { ModelFieldValues.actor($0, b) }
        }
        events = Self.byID(old.events, new.events, id: \.id) { a, b in
            Self.fieldChanges(["kind"] + ModelField.all.filter { $0.scope == .event && $0.name != "records" }.map(\.name)) {
                $0 == "kind" ? a.kind.rawValue : ModelFieldValues.event($0, a)
            } new: { $0 == "kind" ? b.kind.rawValue : ModelFieldValues.event($0, b) }
        }
        ties = Self.tieSection(old.ties, new.ties)
    }

    /// `lwa → unsmil member-of 2018` (an arrow for directed kinds, a dash otherwise).
    public static func describe(_ tie: Tie) -> String {
        "\(tie.from) \(tie.isDirected ? "→" : "—") \(tie.to) \(tie.kind.rawValue)" + (tie.date.map { " \($0)" } ?? "")
    }

    private static func networkChanges(_ old: Graph, _ new: Graph) -> [FieldChange] {
        func text(_ value: LocalizedText?) -> String? {
            value.map { $0.isPlain ? $0.text() : $0.languages.map { "\($0)=\(value?.translations[$0] ?? "")" }.joined(separator: " ") }
        }
        let pairs: [(String, String?, String?)] = [
            ("title", text(old.title), text(new.title)),
            ("description", text(old.description), text(new.description)),
            ("as_of", old.asOf?.description, new.asOf?.description),
            ("sources", old.sources.map(\.id).joined(separator: " | "), new.sources.map(\.id).joined(separator: " | ")),
        ]
        return pairs.filter { $0.1 != $0.2 }.map { FieldChange(field: $0.0, old: $0.1, new: $0.2) }
    }

    /// Values a field has when it is not written, shown instead of "not set".
    private static let defaults = ["strength": "1", "confidence": "confirmed", "sensitivity": "public"]

    private static func fieldChanges(_ names: [String], old: (String) -> String?, new: (String) -> String?) -> [FieldChange] {
        names.compactMap { name in
            let (before, after) = (old(name) ?? defaults[name], new(name) ?? defaults[name])
            return before == after ? nil : FieldChange(field: name, old: before, new: after)
        }
    }

    private static func byID<Item>(_ old: [Item], _ new: [Item], id: (Item) -> String,
                                   compare: (Item, Item) -> [FieldChange]) -> Section<Item> {
        var section = Section<Item>()
        let oldByID = Dictionary(old.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.map(id))
        for item in new {
            if let before = oldByID[id(item)] {
                let changes = compare(before, item)
                if !changes.isEmpty { section.changed.append(Change(item: id(item), changes: changes)) }
            } else {
                section.added.append(item)
            }
        }
        section.removed = old.filter { !newIDs.contains(id($0)) }
        return section
    }

    private static func tieSection(_ old: [Tie], _ new: [Tie]) -> Section<Tie> {
        var section = Section<Tie>()
        let tieFields = ModelField.all.filter { $0.scope == .tie && $0.name != "kind" }.map(\.name)
        func compare(_ a: Tie, _ b: Tie) {
            let changes = fieldChanges(tieFields) { ModelFieldValues.tie($0, a) } new: { ModelFieldValues.tie($0, b) }
            if !changes.isEmpty { section.changed.append(Change(item: describe(b), changes: changes)) }
        }
        // First by identity (ends, kind, date), each old tie used once.
        var oldByIdentity: [String: [Int]] = [:]
        for (index, tie) in old.enumerated() { oldByIdentity[tie.identity, default: []].append(index) }
        var usedOld = Set<Int>()
        var unmatchedNew: [Tie] = []
        for tie in new {
            if var candidates = oldByIdentity[tie.identity], !candidates.isEmpty {
                let index = candidates.removeFirst()
                oldByIdentity[tie.identity] = candidates
                usedOld.insert(index)
                compare(old[index], tie)
            } else {
                unmatchedNew.append(tie)
            }
        }
        // Then a leftover old tie with the same ends and kind: the same tie, re-dated.
        func ends(_ tie: Tie) -> String {
            let pair = tie.isDirected || tie.from <= tie.to ? "\(tie.from)|\(tie.to)" : "\(tie.to)|\(tie.from)"
            return pair + "|" + tie.kind.rawValue
        }
        var leftovers: [String: [Int]] = [:]
        for index in old.indices where !usedOld.contains(index) { leftovers[ends(old[index]), default: []].append(index) }
        for tie in unmatchedNew {
            if var candidates = leftovers[ends(tie)], !candidates.isEmpty {
                let index = candidates.removeFirst()
                leftovers[ends(tie)] = candidates
                usedOld.insert(index)
                compare(old[index], tie)
            } else {
                section.added.append(tie)
            }
        }
        section.removed = old.indices.filter { !usedOld.contains($0) }.map { old[$0] }
        return section
    }
}
