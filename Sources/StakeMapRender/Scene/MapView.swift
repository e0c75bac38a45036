/// The part of a graph a map shows: what the audience may see, within the focus.
///
/// Withheld actors, ties and events never enter the view, so nothing of them can reach
/// Graphviz. Ties are numbered among the visible ones (`tie-0`, `tie-1`, …) so that the
/// numbering does not reveal how many were withheld.
struct MapView {
    /// A visible tie and its number among the visible ties.
    struct NumberedTie {
        /// The position among the ties visible to the audience (before the focus).
        var number: Int
        /// The tie.
        var tie: Tie
    }

    /// The graph (for its title and date only).
    let graph: Graph
    /// The actors shown, in graph order.
    let actors: [Actor]
    /// The ties shown, both ends among `actors`.
    let ties: [NumberedTie]
    /// The events shown, with organizers and participants reduced to the actors shown.
    let events: [Event]

    /// Filters `graph` for `audience` and, if given, the neighbourhood of `focus`.
    ///
    /// - Throws: `StakeMapError.badArgument` when the focus actor is not visible.
    /// - Complexity: O(V + E + Σ attendees).
    init(graph: Graph, audience: Audience, focus: Focus?) throws {
        self.graph = graph
        var actors = graph.actors.filter { audience.canSee($0.sensitivity) }
        var shown = Set(actors.map(\.id))
        var ties = graph.ties
            .filter { audience.canSee($0.sensitivity) && shown.contains($0.from) && shown.contains($0.to) }
            .enumerated().map { NumberedTie(number: $0.offset, tie: $0.element) }
        var events = graph.events.filter { audience.canSee($0.sensitivity) }.map { MapView.restrict($0, to: shown) }

        if let focus {
            guard shown.contains(focus.actor) else {
                let hint = Suggestion.hint(for: focus.actor, in: actors.map(\.id))
                throw StakeMapError(.badArgument, "no actor '\(focus.actor)' to focus on", hint: hint)
            }
            shown = MapView.neighbourhood(of: focus, ties: ties.map(\.tie), events: events)
            actors = actors.filter { shown.contains($0.id) }
            ties = ties.filter { shown.contains($0.tie.from) && shown.contains($0.tie.to) }
            events = events.map { MapView.restrict($0, to: shown) }
        }
        self.actors = actors
        self.ties = ties
        self.events = events.filter { !$0.attendees.isEmpty }
    }

    /// The event with organizers and participants outside `shown` removed.
    private static func restrict(_ event: Event, to shown: Set<String>) -> Event {
        var copy = event
        copy.organizers = event.organizers.filter { shown.contains($0) }
        copy.participants = event.participants.filter { shown.contains($0.id) }
            .map { participant in
                var kept = participant
                if let other = participant.onBehalfOf, !shown.contains(other) { kept.onBehalfOf = nil }
                return kept
            }
        return copy
    }

    /// The actors within `focus.depth` steps of `focus.actor`; sharing an event is one step.
    ///
    /// Breadth-first search over ties (either direction) and events (each event expanded
    /// once, at the depth it is first reached).
    /// - Complexity: O(V + E + Σ attendees).
    static func neighbourhood(of focus: Focus, ties: [Tie], events: [Event]) -> Set<String> {
        var neighbours = [String: [String]]()
        for tie in ties {
            neighbours[tie.from, default: []].append(tie.to)
            neighbours[tie.to, default: []].append(tie.from)
        }
        var eventsOf = [String: [Int]]()
        let attendees = events.map(\.attendees)
        for (position, list) in attendees.enumerated() {
            for id in list { eventsOf[id, default: []].append(position) }
        }
        var reached: Set<String> = [focus.actor]
        var expandedEvents = Set<Int>()
        var frontier = [focus.actor]
        for _ in 0..<focus.depth where !frontier.isEmpty {
            var next = [String]()
            for id in frontier {
                var candidates = neighbours[id] ?? []
                for event in eventsOf[id] ?? [] where expandedEvents.insert(event).inserted {
                    candidates += attendees[event]
                }
                for candidate in candidates where reached.insert(candidate).inserted {
                    next.append(candidate)
                }
            }
            frontier = next
        }
        return reached
    }
}
