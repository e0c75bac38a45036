import Foundation

/// The link-prediction scores of one pair of actors, with what they have in common.
public struct LinkPrediction: Sendable, Hashable {
    /// The first actor (the one asked about).
    public let first: String
    /// The second actor.
    public let second: String
    /// Actors tied to both, by id, sorted.
    public let commonNeighbors: [String]
    /// Events both attended, by id, in graph order.
    public let sharedEvents: [String]
    /// The number of common neighbours, events included (common neighbours).
    public var commonNeighborCount: Int { commonNeighbors.count + sharedEvents.count }
    /// Adamic–Adar: Σ 1/ln deg(z) over common neighbours `z` (Adamic & Adar 2003).
    public let adamicAdar: Double
    /// Resource allocation: Σ 1/deg(z) over common neighbours `z` (Zhou, Lü & Zhang 2009).
    public let resourceAllocation: Double
}

/// Which link-prediction score ranks candidates.
public enum LinkMeasure: String, Sendable, Hashable, CaseIterable {
    /// The number of common neighbours.
    case commonNeighbors = "common-neighbors"
    /// Adamic–Adar (Adamic & Adar 2003).
    case adamicAdar = "adamic-adar"
    /// Resource allocation (Zhou, Lü & Zhang 2009).
    case resourceAllocation = "resource-allocation"
}

/// Link prediction over ties and shared events: who could be introduced to whom, and why.
///
/// The scores are computed on the actor–event network: actors are joined to the actors they
/// have ties with and to the events they attended, so a common neighbour is either an actor tied
/// to both or an event both attended, and the degree of a common neighbour is its number of ties
/// plus events (an actor) or its number of attendees (an event). Build it on a graph already
/// filtered to the audience.
public struct LinkPredictor: Sendable {
    let graph: Graph
    let neighbors: [String: Set<String>]
    let events: [String: Set<String>]
    private let attendees: [String: Int]
    let tieIndex: TieIndex

    /// Indexes `graph` for `audience`, counting ties of `tieKinds` (all when nil).
    /// - Complexity: O(t + Σ attendees).
    public init(graph: Graph, audience: Audience = .internal, tieKinds: Set<TieKind>? = nil) {
        let visible = graph.visible(to: audience)
        self.graph = visible
        var neighbors = [String: Set<String>](), events = [String: Set<String>](), attendees = [String: Int]()
        for tie in visible.ties where tie.from != tie.to && (tieKinds?.contains(tie.kind) ?? true) {
            neighbors[tie.from, default: []].insert(tie.to)
            neighbors[tie.to, default: []].insert(tie.from)
        }
        for event in visible.events {
            let present = event.attendees
            attendees[event.id] = present.count
            for id in present { events[id, default: []].insert(event.id) }
        }
        self.neighbors = neighbors
        self.events = events
        self.attendees = attendees
        self.tieIndex = TieIndex(visible)
    }

    /// The scores of the pair `a`, `b` (zero scores when they have nothing in common).
    /// - Complexity: O(min(deg a, deg b) + shared · 1).
    public func score(_ a: String, _ b: String) -> LinkPrediction {
        let (na, nb) = (neighbors[a] ?? [], neighbors[b] ?? [])
        let common = (na.count < nb.count ? na.filter(nb.contains) : nb.filter(na.contains))
            .filter { $0 != a && $0 != b }.sorted()
        let (ea, eb) = (events[a] ?? [], events[b] ?? [])
        let sharedSet = ea.intersection(eb)
        let shared = graph.events.map(\.id).filter(sharedSet.contains)
        var adamicAdar = 0.0, allocation = 0.0
        for z in common {
            let degree = Double((neighbors[z]?.count ?? 0) + (events[z]?.count ?? 0))
            adamicAdar += 1 / log(degree)
            allocation += 1 / degree
        }
        for event in shared {
            let degree = Double(attendees[event] ?? 2)
            adamicAdar += 1 / log(degree)
            allocation += 1 / degree
        }
        return LinkPrediction(first: a, second: b, commonNeighbors: common, sharedEvents: shared,
                              adamicAdar: adamicAdar, resourceAllocation: allocation)
    }

    /// The best candidates for a new tie of `actor`: actors it has no tie with and no shared
    /// event with, ranked by `measure` (ties broken by id), at most `limit`.
    /// - Complexity: O(Σ_{z ∈ N(actor)} deg(z) + c log c) for `c` candidates.
    public func candidates(for actor: String, measure: LinkMeasure = .adamicAdar, limit: Int = 5) -> [LinkPrediction] {
        let direct = neighbors[actor] ?? []
        var reached = Set<String>()
        for z in direct { reached.formUnion(neighbors[z] ?? []) }
        for event in events[actor] ?? [] {
            for other in graph.events.first(where: { $0.id == event })?.attendees ?? [] { reached.insert(other) }
        }
        let metViaEvent = reached.filter { !(events[$0] ?? []).isDisjoint(with: events[actor] ?? []) }
        let pool = reached.subtracting(direct).subtracting(metViaEvent).subtracting([actor])
        let scored = pool.map { score(actor, $0) }.filter { $0.commonNeighborCount > 0 }
        return Array(scored.sorted { lhs, rhs in
            let (a, b) = (value(lhs, measure), value(rhs, measure))
            return a != b ? a > b : lhs.second < rhs.second
        }.prefix(limit))
    }

    private func value(_ prediction: LinkPrediction, _ measure: LinkMeasure) -> Double {
        switch measure {
        case .commonNeighbors: Double(prediction.commonNeighborCount)
        case .adamicAdar: prediction.adamicAdar
        case .resourceAllocation: prediction.resourceAllocation
        }
    }

    /// Why the pair could be introduced, as facts: the events both attended, then up to three
    /// common contacts with the first tie of each end to it, then how many more contacts they
    /// share. Empty when they share nothing. StakeMapText words them (`SuggestText`).
    public func reasons(_ prediction: LinkPrediction) -> [LinkReason] {
        var reasons = [LinkReason]()
        if !prediction.sharedEvents.isEmpty { reasons.append(.sharedEvents(prediction.sharedEvents)) }
        for z in prediction.commonNeighbors.prefix(3) {
            let ties = [prediction.first, prediction.second].compactMap { end -> LinkReason.TieFact? in
                tieIndex.ties(between: end, and: z).first.map { LinkReason.TieFact(from: $0.from, to: $0.to, kind: $0.kind) }
            }
            reasons.append(.commonContact(z, ties: ties))
        }
        if prediction.commonNeighbors.count > 3 { reasons.append(.moreCommonContacts(prediction.commonNeighbors.count - 3)) }
        return reasons
    }
}

/// One reason two actors could be introduced: a fact, worded by StakeMapText.
public enum LinkReason: Sendable, Hashable {
    /// A tie as a fact: `from` → `to` of `kind`.
    public struct TieFact: Sendable, Hashable {
        /// The tie's first end.
        public let from: String
        /// The tie's other end.
        public let to: String
        /// The tie's kind.
        public let kind: TieKind
    }

    /// Both attended these events (ids, in graph order).
    case sharedEvents([String])
    /// Both are linked to this contact, by these ties (one per end that has one).
    case commonContact(String, ties: [TieFact])
    /// They share this many more contacts than those listed.
    case moreCommonContacts(Int)
}
