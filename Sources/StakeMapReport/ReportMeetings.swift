import StakeMap
import StakeMapAnalysis

/// Every actor's meetings for the cards, computed on a small graph per actor.
///
/// `Graph.meetings(of:)` filters the whole network for the audience and scans every tie and
/// event: once per card that made a 1,000-actor report spend most of its time there. With
/// `throughMembers` off (the cards' query) an actor's meetings come only from the `met` ties
/// at it and the events it attends, so each card asks a graph holding just those (and the
/// actors they name), kept in the network's order: the same meetings in the same order.
struct ReportMeetings {
    private let graph: Graph
    private let audience: Audience
    private var ties: [String: [Tie]] = [:]
    private var events: [String: [Event]] = [:]
    /// Every tie at each actor, in the network's order (a card used to filter all ties: quadratic).
    private var allTies: [String: [Tie]] = [:]
    private let actors: [String: Actor]

    /// Indexes the `met` ties and the events of `graph` (already visible to `audience`).
    init(graph: Graph, audience: Audience) {
        self.graph = graph
        self.audience = audience
        actors = Dictionary(graph.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for tie in graph.ties {
            allTies[tie.from, default: []].append(tie)
            if tie.to != tie.from { allTies[tie.to, default: []].append(tie) }
            guard tie.kind == .met else { continue }
            ties[tie.from, default: []].append(tie)
            if tie.to != tie.from { ties[tie.to, default: []].append(tie) }
        }
        for event in graph.events {
            for attendee in event.attendees { events[attendee, default: []].append(event) }
        }
    }

    /// The ties at `actor`, in the network's order (as `graph.ties.filter { $0.involves(actor) }`).
    func ties(of actor: String) -> [Tie] { allTies[actor] ?? [] }

    /// The meetings of `actor`, newest first, as `Graph.meetings(of:query:)` gives them.
    func meetings(of actor: String) -> [Meeting] {
        let ties = ties[actor] ?? [], events = events[actor] ?? []
        var ids: Set<String> = [actor]
        for tie in ties { ids.formUnion([tie.from, tie.to]) }
        for event in events {
            ids.formUnion(event.attendees)
            ids.formUnion(event.participants.compactMap(\.onBehalfOf))
        }
        let local = Graph(title: graph.title, asOf: graph.asOf, sources: [],
                          actors: ids.compactMap { actors[$0] },
                          ties: ties, events: events)
        return local.meetings(of: actor, query: MeetingQuery(audience: audience))
    }
}
