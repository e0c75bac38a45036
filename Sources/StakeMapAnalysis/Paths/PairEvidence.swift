/// One piece of evidence that two actors are connected: a tie, or an event both attended.
public struct PairEvidence: Sendable, Hashable, Codable {
    /// The tie's kind, or nil for shared presence at an event.
    public var tieKind: TieKind?
    /// The tie's ends as written (for directed kinds the direction matters in explanations).
    public var from: String
    /// The other end as written.
    public var to: String
    /// The event both attended, if this is co-participation.
    public var event: String?
    /// When.
    public var date: DateSpan?
    /// Where.
    public var place: String?
    /// The closeness this evidence gives (tie weight/strength; 1 for an event).
    public var strength: Double
    /// Where it is stated.
    public var sources: [Citation]

    /// Creates a piece of evidence.
    public init(tieKind: TieKind?, from: String, to: String, event: String?, date: DateSpan?, place: String?,
                strength: Double, sources: [Citation]) {
        self.tieKind = tieKind
        self.from = from
        self.to = to
        self.event = event
        self.date = date
        self.place = place
        self.strength = strength
        self.sources = sources
    }
}

/// The evidence for every connected pair of a network, for explaining and weighting paths.
struct PairEvidenceIndex: Sendable {
    private(set) var byPair: [PairKey: [PairEvidence]] = [:]

    struct PairKey: Hashable, Sendable {
        let low: String
        let high: String
        init(_ a: String, _ b: String) {
            (low, high) = a <= b ? (a, b) : (b, a)
        }
    }

    /// Indexes the ties usable for introductions (not `threatens` or `opposes`) and events.
    init(_ graph: Graph) {
        for tie in graph.ties where tie.kind != .threatens && tie.kind != .opposes && tie.from != tie.to {
            byPair[PairKey(tie.from, tie.to), default: []].append(PairEvidence(
                tieKind: tie.kind, from: tie.from, to: tie.to, event: nil, date: tie.date, place: tie.place,
                strength: tie.analysisWeight, sources: tie.sources))
        }
        for event in graph.events {
            let attendees = event.attendees
            for i in attendees.indices {
                for j in attendees.indices where j > i {
                    byPair[PairKey(attendees[i], attendees[j]), default: []].append(PairEvidence(
                        tieKind: nil, from: attendees[i], to: attendees[j], event: event.id, date: event.date,
                        place: event.place, strength: 1, sources: event.sources))
                }
            }
        }
    }

    func evidence(between a: String, and b: String) -> [PairEvidence] { byPair[PairKey(a, b)] ?? [] }
}
