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
/// with its date, place and sources.
public struct GapEvidence: Sendable, Hashable, Codable {
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

    /// What the evidence is.
    public var kind: Kind
    /// One readable line: "TWBI met Lars Tümmers (2018)".
    public var text: String
    /// The actors it concerns, by id.
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
    /// Where it is stated (`seed-000#p6`).
    public var sources: [Citation]

    /// Creates evidence.
    public init(kind: Kind, text: String, actors: [String] = [], tie: TieKind? = nil, event: String? = nil,
                date: DateSpan? = nil, place: String? = nil, confidence: Confidence? = nil, sources: [Citation] = []) {
        self.kind = kind
        self.text = text
        self.actors = actors
        self.tie = tie
        self.event = event
        self.date = date
        self.place = place
        self.confidence = confidence
        self.sources = sources
    }

    /// The text followed by its citations: "TWBI met Lars Tümmers (2018) [seed-000#p6]";
    /// "[computed]" for a measure, "[no source]" for a record that cites none.
    public var citedText: String {
        if !sources.isEmpty { return "\(text) [\(sources.map(\.description).joined(separator: ", "))]" }
        return kind == .measure ? "\(text) [computed]" : "\(text) [no source]"
    }
}

/// One gap: what is wrong, who is involved, the evidence, and what to do about it.
public struct GapFinding: Sendable, Hashable, Codable {
    /// The detector that found it (`target-reach`, `stale-contact`, …).
    public var detector: String
    /// How much it matters.
    public var severity: GapSeverity
    /// The actors involved, by id (the subject first).
    public var actors: [String]
    /// One plain sentence saying what the gap is.
    public var message: String
    /// A concrete next step.
    public var suggestion: String
    /// The ties, events and records the finding rests on.
    public var evidence: [GapEvidence]

    /// Creates a finding.
    public init(detector: String, severity: GapSeverity, actors: [String], message: String, suggestion: String,
                evidence: [GapEvidence]) {
        self.detector = detector
        self.severity = severity
        self.actors = actors
        self.message = message
        self.suggestion = suggestion
        self.evidence = evidence
    }
}
