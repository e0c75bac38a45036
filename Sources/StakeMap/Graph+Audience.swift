extension Graph {
    /// The part of the network `audience` may see: actors, ties and events above its clearance
    /// are removed, as are ties to removed actors and removed participants of events.
    ///
    /// Sources cited only by removed items are removed too, so that nothing of a withheld
    /// item (not even a source title) remains; a source cited by nothing is seen only by the
    /// audience that sees everything, for which the view is the whole network.
    public func visible(to audience: Audience) -> Graph {
        if audience.canSee(.confidential) { return self }
        let actors = self.actors.filter { audience.canSee($0.sensitivity) }
        let visibleIDs = Set(actors.map(\.id))
        let ties = self.ties.filter {
            audience.canSee($0.sensitivity) && visibleIDs.contains($0.from) && visibleIDs.contains($0.to)
        }
        let events = self.events.filter { audience.canSee($0.sensitivity) }.map { event in
            var event = event
            event.organizers = event.organizers.filter(visibleIDs.contains)
            event.participants = event.participants.filter { visibleIDs.contains($0.id) }.map { participant in
                var participant = participant
                if let behalf = participant.onBehalfOf, !visibleIDs.contains(behalf) { participant.onBehalfOf = nil }
                return participant
            }
            return event
        }
        let cited = Set(actors.flatMap(\.sources).map(\.sourceID) + ties.flatMap(\.sources).map(\.sourceID)
                        + events.flatMap(\.sources).map(\.sourceID))
        let sources = self.sources.filter { cited.contains($0.id) }
        return Graph(title: title, description: description, asOf: asOf, sources: sources,
                     actors: actors, ties: ties, events: events)
    }
}
