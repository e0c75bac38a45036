/// One dated item of a timeline: a meeting tie or an event.
public struct TimelineEntry: Sendable, Hashable {
    /// When (nil for undated items, listed last).
    public var date: DateSpan?
    /// The event id, or nil for a direct meeting.
    public var event: String?
    /// The event kind, or nil for a direct meeting.
    public var kind: EventKind?
    /// Who took part (for a direct meeting, its two ends).
    public var actors: [String]
    /// Where.
    public var place: String?
    /// What came of it.
    public var outcome: String?
    /// Where it is stated.
    public var sources: [Citation]
}

extension Graph {
    /// Meetings (`met` ties) and events in date order, oldest first, undated last; only those
    /// involving `actor` when given (with its members when `throughMembers`).
    /// - Complexity: O((ties + events) log(ties + events)).
    public func timeline(of actor: String? = nil, throughMembers: Bool = false, audience: Audience = .internal) -> [TimelineEntry] {
        let graph = visible(to: audience)
        var involved: Set<String>?
        if let actor {
            involved = [actor]
            if throughMembers { involved?.formUnion(graph.members(of: actor)) }
        }
        var entries = [TimelineEntry]()
        for tie in graph.ties where tie.kind == .met {
            if let involved, !involved.contains(tie.from) && !involved.contains(tie.to) { continue }
            entries.append(TimelineEntry(date: tie.date, event: nil, kind: nil, actors: [tie.from, tie.to], place: tie.place,
                                         outcome: tie.outcome, sources: tie.sources))
        }
        for event in graph.events {
            let attendees = event.attendees
            if let involved, !attendees.contains(where: involved.contains) { continue }
            entries.append(TimelineEntry(date: event.date, event: event.id, kind: event.kind, actors: attendees, place: event.place,
                                         outcome: event.outcome, sources: event.sources))
        }
        return entries.sorted { lhs, rhs in
            switch (lhs.date, rhs.date) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default:
                let (l, r) = (lhs.event ?? "", rhs.event ?? "")
                return l != r ? l < r : lhs.actors.lexicographicallyPrecedes(rhs.actors)
            }
        }
    }
}
