/// One actor of a neighbourhood, at its distance from the centre.
public struct NeighbourhoodMember: Sendable, Hashable {
    /// The actor.
    public var id: String
    /// Steps from the centre (0 for the centre).
    public var distance: Int
    /// The neighbour one step closer through which it is reached (the first by id), nil for the centre.
    public var via: String?
}

/// What several actors have in common.
public struct CommonGround: Sendable, Hashable {
    /// Something shared, and by whom.
    public struct Shared: Sendable, Hashable {
        /// The shared contact, membership target or event.
        public var id: String
        /// Which of the given actors share it.
        public var sharedBy: [String]
    }

    /// Actors tied to at least two of the given actors.
    public var contacts: [Shared]
    /// Organizations, coalitions or posts that at least two belong to (`member-of`, `part-of`, `works-for`, `holds`).
    public var memberships: [Shared]
    /// Events at least two attended.
    public var events: [Shared]
}

extension Graph {
    /// The actors within `depth` steps of `center` over all visible ties and shared events,
    /// by breadth-first search; ordered by distance, then id.
    /// - Complexity: O(V + E) on the analysis view.
    public func neighbourhood(of center: String, depth: Int, audience: Audience = .internal) -> [NeighbourhoodMember] {
        let network = Network(self, options: NetworkOptions(audience: audience))
        guard let start = network.index(of: center) else { return [] }
        var distance = [Int](repeating: -1, count: network.nodeCount)
        var via = [Int32](repeating: -1, count: network.nodeCount)
        distance[Int(start)] = 0
        var frontier = [start]
        var level = 0
        while !frontier.isEmpty && level < depth {
            level += 1
            var next = [Int32]()
            for node in frontier.sorted(by: { network.ids[Int($0)] < network.ids[Int($1)] }) {
                for neighbour in network.neighbors(of: node) where distance[Int(neighbour)] < 0 {
                    distance[Int(neighbour)] = level
                    via[Int(neighbour)] = node
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        return (0..<network.nodeCount).filter { distance[$0] >= 0 }.map { node in
            NeighbourhoodMember(id: network.ids[node], distance: distance[node],
                                via: via[node] >= 0 ? network.ids[Int(via[node])] : nil)
        }.sorted { ($0.distance, $0.id) < ($1.distance, $1.id) }
    }

    /// Contacts, memberships and events shared by at least two of `actors` (LittleSis-style
    /// interlocks), most widely shared first.
    /// - Complexity: O(ties + Σ event attendees).
    public func commonGround(of actors: [String], audience: Audience = .internal) -> CommonGround {
        let graph = visible(to: audience)
        let wanted = Set(actors)
        var contacts = [String: Set<String>](), memberships = [String: Set<String>](), events = [String: Set<String>]()
        let membershipKinds: Set<TieKind> = [.memberOf, .partOf, .worksFor, .holds]
        for tie in graph.ties where tie.kind != .threatens && tie.kind != .opposes {
            for (me, them) in [(tie.from, tie.to), (tie.to, tie.from)] where wanted.contains(me) && !wanted.contains(them) {
                contacts[them, default: []].insert(me)
            }
            if membershipKinds.contains(tie.kind), wanted.contains(tie.from) { memberships[tie.to, default: []].insert(tie.from) }
        }
        for event in graph.events {
            let attendees = event.attendees
            let present = attendees.filter(wanted.contains)
            guard !present.isEmpty else { continue }
            events[event.id, default: []].formUnion(present)
            for other in attendees where !wanted.contains(other) { contacts[other, default: []].formUnion(present) }
        }
        func shared(_ table: [String: Set<String>]) -> [CommonGround.Shared] {
            table.filter { $0.value.count >= 2 }
                .map { CommonGround.Shared(id: $0.key, sharedBy: actors.filter($0.value.contains)) }
                .sorted { ($1.sharedBy.count, $0.id) < ($0.sharedBy.count, $1.id) }
        }
        return CommonGround(contacts: shared(contacts), memberships: shared(memberships), events: shared(events))
    }
}
