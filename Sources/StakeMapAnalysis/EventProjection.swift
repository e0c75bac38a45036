/// Two actors and the events they both attended.
public struct SharedEvents: Sendable, Hashable {
    /// The actor whose id sorts first.
    public let first: String
    /// The other actor.
    public let second: String
    /// The ids of the events both attended, in the network's event order.
    public let events: [String]

    /// How many events the two shared.
    public var count: Int { events.count }
}

extension Graph {
    /// The actor × event projection: every pair of actors who attended at least one event
    /// together (organizers and participants), with the events they shared (the one-mode
    /// projection of the actor–event bipartite network, Breiger 1974).
    ///
    /// Sorted by the number of shared events (most first), then by ids. Actors and events
    /// above `audience` are left out.
    /// - Complexity: O(Σ attendees² + p log p) for `p` pairs.
    public func sharedEvents(audience: Audience = .internal) -> [SharedEvents] {
        var visible = Set<String>()
        for actor in actors where audience.canSee(actor.sensitivity) { visible.insert(actor.id) }
        var pairs = [String: (first: String, second: String, events: [String])]()
        for event in events where audience.canSee(event.sensitivity) {
            let present = event.attendees.filter(visible.contains).sorted()
            for i in present.indices {
                for j in present.indices where j > i {
                    let key = present[i] + "\u{0}" + present[j]
                    pairs[key, default: (present[i], present[j], [])].events.append(event.id)
                }
            }
        }
        return pairs.values
            .map { SharedEvents(first: $0.first, second: $0.second, events: $0.events) }
            .sorted { lhs, rhs in
                if lhs.count != rhs.count { return lhs.count > rhs.count }
                return (lhs.first, lhs.second) < (rhs.first, rhs.second)
            }
    }
}
