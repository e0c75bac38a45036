extension Graph {
    /// The network restricted to `ids`: those actors, the ties between them, and the events
    /// with at least one of them (other attendees removed); sources cited by what remains.
    public func subgraph(keeping ids: Set<String>) -> Graph {
        let actors = self.actors.filter { ids.contains($0.id) }
        let ties = self.ties.filter { ids.contains($0.from) && ids.contains($0.to) }
        let events = self.events.compactMap { event -> Event? in
            var event = event
            event.organizers = event.organizers.filter(ids.contains)
            event.participants = event.participants.filter { ids.contains($0.id) }
            return event.attendees.isEmpty ? nil : event
        }
        let cited = Set((actors.flatMap(\.sources) + ties.flatMap(\.sources) + events.flatMap(\.sources)).map(\.sourceID))
        return Graph(title: title, description: description, asOf: asOf,
                     sources: sources.filter { cited.contains($0.id) }, actors: actors, ties: ties, events: events)
    }
}
