/// A relationship between two actors.
public struct Tie: Sendable, Hashable, Codable {
    /// The actor the tie starts from.
    public var from: String
    /// The actor the tie goes to.
    public var to: String
    /// What the relationship is.
    public var kind: TieKind
    /// When it happened or held (`date`, or `start`/`end`).
    public var date: DateSpan?
    /// Whether the date was written as `start`/`end` rather than `date`.
    public var usesStartEnd: Bool
    /// Where it happened.
    public var place: String?
    /// Closeness, 1 (weak) to 5 (close); default 1.
    public var strength: Int
    /// An exact positive weight from imported data (GraphML, CSV); when set, the analysis view
    /// uses it in place of `strength`.
    public var weight: Double?
    /// How well established the tie is.
    public var confidence: Confidence
    /// Who may see this tie.
    public var sensitivity: Sensitivity
    /// What came of a meeting.
    public var outcome: String?
    /// When a meeting is to be followed up.
    public var followUp: PartialDate?
    /// A free-text note.
    public var note: String?
    /// Where the tie is stated.
    public var sources: [Citation]
    /// The user's own attributes (and foreign attributes with no StakeMap field), by key.
    public var fields: [String: FieldValue]
    /// `true` when a foreign file (GraphML `edgedefault`/`directed`, GEXF `defaultedgetype`)
    /// declared the tie directed and gave it no StakeMap kind: it then keeps that direction.
    public var declaredDirected: Bool?

    /// Creates a tie.
    public init(from: String, to: String, kind: TieKind, date: DateSpan? = nil, usesStartEnd: Bool = false,
                place: String? = nil, strength: Int = 1, weight: Double? = nil, confidence: Confidence = .confirmed,
                sensitivity: Sensitivity = .public, outcome: String? = nil, followUp: PartialDate? = nil,
                note: String? = nil, sources: [Citation] = [], fields: [String: FieldValue] = [:]) {
        self.from = from
        self.to = to
        self.kind = kind
        self.date = date
        self.usesStartEnd = usesStartEnd
        self.place = place
        self.strength = strength
        self.weight = weight
        self.confidence = confidence
        self.sensitivity = sensitivity
        self.outcome = outcome
        self.followUp = followUp
        self.note = note
        self.sources = sources
        self.fields = fields
    }

    /// The weight the analysis view uses: `weight` when set, else `strength`.
    public var analysisWeight: Double { weight ?? Double(strength) }

    /// Whether the tie has a direction: by its kind, or as a foreign file declared it.
    public var isDirected: Bool { kind.isDirected || declaredDirected == true }

    /// What makes two ties one tie, as `identity` says it, without building the string: the
    /// ends (in order when the tie is directed, sorted otherwise), the kind and the date (its
    /// first and last day as `yyyymmdd` numbers, 0 for a missing month or day), in 56 bytes.
    public struct IdentityKey: Hashable, Sendable {
        let first: String
        let second: String
        let kind: TieKind
        let start: Int64
        let end: Int64
    }

    /// `identity` as a key to hash (the native reader merges ties by it).
    public var identityKey: IdentityKey {
        let (first, second) = isDirected || from <= to ? (from, to) : (to, from)
        func code(_ date: PartialDate?) -> Int64 {
            guard let date else { return .min }
            return Int64(date.year) * 10_000 + Int64(date.month ?? 0) * 100 + Int64(date.day ?? 0)
        }
        return IdentityKey(first: first, second: second, kind: kind, start: code(date?.start), end: code(date?.end))
    }

    /// The identity used to merge the same tie stated in two files: ends, kind and date.
    public var identity: String {
        let ends = isDirected || from <= to ? "\(from)|\(to)" : "\(to)|\(from)"
        return "\(ends)|\(kind.rawValue)|\(date?.description ?? "")"
    }

    /// Whether `actor` is one of the tie's ends.
    public func involves(_ actor: String) -> Bool { from == actor || to == actor }

    /// The other end of the tie as seen from `actor`.
    public func otherEnd(from actor: String) -> String { from == actor ? to : from }
}
