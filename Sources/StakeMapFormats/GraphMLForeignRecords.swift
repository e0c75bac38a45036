// Shared by the GraphML and CSV readers: a node or edge as read, before it becomes an actor or a tie.

/// A node of a foreign file, with its attributes already converted.
struct ForeignNode {
    /// The id as written in the file (what edges refer to).
    var originalID: String
    /// The node's own id given as data (igraph writes `n0`, `n1`, … and keeps the original in an `id`
    /// attribute): the id the actor is read back with.
    var declaredID: String?
    /// Where the node is declared.
    var location: SourceLocation
    var name: String?
    var kind: ActorKind = .other
    var country: String?
    var place: String?
    var region: String?
    var title: String?
    var note: String?
    var tags: [String] = []
    /// The name per language (`name_ar`), when the file gives it so.
    var names: [String: String] = [:]
    /// The title per language (`title_en`), when the file gives it so.
    var titles: [String: String] = [:]
    var aliases: [String] = []
    var gender: Gender?
    var influence: Int?
    var stance: Int?
    var sensitivity: Sensitivity = .public
    var sources: [Citation] = []
    /// Custom fields: attributes with no StakeMap field.
    var fields: [String: FieldValue] = [:]
    /// The fields given so far, with where (to report one given twice); emptied when the node is added.
    var given = ForeignGivenFields<ForeignNodeField>()
    /// A label found in presentation data (yEd's `y:NodeLabel`), used when there is no `label` attribute.
    var graphicsLabel: String?

    init(originalID: String, location: SourceLocation) {
        self.originalID = originalID
        self.location = location
    }
}

/// An edge of a foreign file, with its attributes already converted.
struct ForeignEdge {
    /// The source node id as written in the file.
    var source: String
    /// The target node id as written in the file.
    var target: String
    /// Where the edge is declared.
    var location: SourceLocation
    /// Whether the file says the edge is directed.
    var directed: Bool
    var kind: TieKind?
    /// The exact weight as written, if any (kept until the model can store it).
    var weight: Double?
    var date: DateSpan?
    var start: PartialDate?
    var end: PartialDate?
    /// Where `start` was written, for an error about the range.
    var startLocation: SourceLocation?
    var place: String?
    var note: String?
    /// An explicit 1–5 strength (a StakeMap `strength` key), which wins over one derived from the weight.
    var strength: Int?
    var confidence: Confidence = .confirmed
    var sensitivity: Sensitivity = .public
    var outcome: String?
    var followUp: PartialDate?
    var sources: [Citation] = []
    /// Custom fields: attributes with no StakeMap field.
    var fields: [String: FieldValue] = [:]
    /// The fields given so far, with where (to report one given twice); emptied when the edge is added.
    var given = ForeignGivenFields<ForeignEdgeField>()

    init(source: String, target: String, location: SourceLocation, directed: Bool) {
        self.source = source
        self.target = target
        self.location = location
        self.directed = directed
    }
}

/// A field value already given on a node or edge, and where (to report one given twice).
struct ForeignGiven {
    let location: SourceLocation
    let value: String
}

/// The fields given so far on one node or edge. A record has a handful, so a short scan beats a
/// dictionary made for each of hundreds of thousands of records.
struct ForeignGivenFields<Field: Equatable> {
    private var entries: [(field: Field, given: ForeignGiven)] = []

    /// Where and how `field` was given, if it was.
    subscript(field: Field) -> ForeignGiven? {
        get { entries.first { $0.field == field }?.given }
        set {
            entries.removeAll { $0.field == field }
            if let newValue { entries.append((field, newValue)) }
        }
    }
}
