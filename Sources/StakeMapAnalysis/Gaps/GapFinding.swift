/// How much a gap matters for the mission.
public enum GapSeverity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Blocks or endangers access to a target: act first.
    case high
    /// Weakens the network: plan for it.
    case medium
    /// Worth knowing, or a data problem to fix.
    case low

    /// The rank used for ordering: high first.
    public var rank: Int {
        switch self {
        case .high: 0
        case .medium: 1
        case .low: 2
        }
    }

    /// Orders high before medium before low.
    public static func < (lhs: GapSeverity, rhs: GapSeverity) -> Bool { lhs.rank < rhs.rank }
}

/// One piece of evidence behind a finding: a tie, an event, an actor's record or a measure,
/// with its date, place and sources. StakeMapText words it.
public struct GapEvidence: Sendable, Hashable {
    /// What the evidence is.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A tie of the network.
        case tie
        /// An event (co-participation).
        case event
        /// An actor's own record.
        case actor
        /// A computed measure (a count, a role, a share).
        case measure
    }

    /// What a record or measure says, for evidence that is not a tie or an event.
    public enum Detail: Sendable, Hashable {
        /// An actor's gender and influence (the gender lens).
        case gender(actor: String, gender: Gender?, influence: Int?)
        /// An actor with `count` ties on record, none leading to `home`.
        case tieCount(actor: String, count: Int, home: String)
        /// Gould–Fernandez brokerage by kind: open two-step paths between kinds, per role.
        case roles(actor: String, counts: BrokerageCounts)
        /// Zero ties between the groups of `attribute`, with their sizes.
        case groupSizes(attribute: GroupAttribute, groups: [GroupSample])
    }

    /// What the evidence is.
    public var kind: Kind
    /// The actors it concerns, by id (for a tie: from, to; for a shared event: the two who met
    /// there, or every attendee).
    public var actors: [String]
    /// The tie kind, for tie evidence.
    public var tie: TieKind?
    /// The event id, for event evidence.
    public var event: String?
    /// When, if known.
    public var date: DateSpan?
    /// Where, if known.
    public var place: String?
    /// The tie's confidence, for tie evidence.
    public var confidence: Confidence?
    /// The tie's note, if any.
    public var note: String?
    /// What a record or measure says.
    public var detail: Detail?
    /// Where it is stated (`seed-000#p6`).
    public var sources: [Citation]

    /// Creates evidence.
    public init(kind: Kind, actors: [String] = [], tie: TieKind? = nil, event: String? = nil,
                date: DateSpan? = nil, place: String? = nil, confidence: Confidence? = nil, note: String? = nil,
                detail: Detail? = nil, sources: [Citation] = []) {
        self.kind = kind
        self.actors = actors
        self.tie = tie
        self.event = event
        self.date = date
        self.place = place
        self.confidence = confidence
        self.note = note
        self.detail = detail
        self.sources = sources
    }
}

/// One gap: what is wrong (a fact), who is involved, the claims it rests on, the evidence.
/// The message and the suggestion are words: StakeMapText renders them from `fact`.
public struct GapFinding: Sendable, Hashable {
    /// The detector that found it (`target-reach`, `stale-contact`, …).
    public var detector: String
    /// How much it matters.
    public var severity: GapSeverity
    /// The actors involved, by id (the subject first).
    public var actors: [String]
    /// What the finding says, as data.
    public var fact: GapFact
    /// The facts its sentences rest on, each checkable another way.
    public var claims: [Claim]
    /// The ties, events and records the finding rests on.
    public var evidence: [GapEvidence]

    /// Creates a finding.
    public init(detector: String, severity: GapSeverity, actors: [String], fact: GapFact, claims: [Claim],
                evidence: [GapEvidence]) {
        self.detector = detector
        self.severity = severity
        self.actors = actors
        self.fact = fact
        self.claims = claims
        self.evidence = evidence
    }
}
