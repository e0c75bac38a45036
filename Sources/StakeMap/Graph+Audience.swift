extension Graph {
    /// The part of the network `audience` may see: actors, ties and events above its clearance
    /// are removed, as are ties to removed actors and removed participants of events.
    ///
    /// Sources cited only by removed items are removed too, so that nothing of a withheld
    /// item (not even a source title) remains; a source cited by nothing is seen only by the
    /// audience that sees everything, for which the view is the whole network.
    public func visible(to audience: Audience) -> Graph {
        if audience.canSee(.confidential) { return self }
        if isWhole(for: audience) { return self }
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

extension Graph {
    /// Whether `visible(to: audience)` would remove nothing: every actor, tie and event is
    /// within the audience's clearance, every tie, organizer, participant and "on behalf of"
    /// names an actor of the graph, and every source is cited. Then the view is the graph
    /// itself, without a copy.
    fileprivate func isWhole(for audience: Audience) -> Bool {
        let known = { (id: String) in self.position(ofActor: id) != nil }
        return actors.allSatisfy { audience.canSee($0.sensitivity) }
            && ties.allSatisfy { audience.canSee($0.sensitivity) && known($0.from) && known($0.to) }
            && events.allSatisfy { event in
                audience.canSee(event.sensitivity) && event.organizers.allSatisfy(known)
                    && event.participants.allSatisfy { known($0.id) && ($0.onBehalfOf.map(known) ?? true) }
            }
            && citesEverySource
    }

    /// Whether every source is cited by an actor, a tie or an event (`visible(to:)` keeps only
    /// cited sources).
    private var citesEverySource: Bool {
        guard !sources.isEmpty else { return true }
        var cited = Set<String>()
        for actor in actors { for citation in actor.sources { cited.insert(citation.sourceID) } }
        for tie in ties { for citation in tie.sources { cited.insert(citation.sourceID) } }
        for event in events { for citation in event.sources { cited.insert(citation.sourceID) } }
        return sources.allSatisfy { cited.contains($0.id) }
    }
}
