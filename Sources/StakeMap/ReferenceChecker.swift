/// Checks that every id a merged network refers to exists: tie ends, organizers,
/// participants, `on_behalf_of`, and cited sources.
struct ReferenceChecker {
    let actorIDs: Set<String>
    let eventIDs: Set<String>
    let sourceIDs: Set<String>
    private(set) var diagnostics: [Diagnostic] = []

    init(actors: LocatedList<Actor>, events: LocatedList<Event>, sources: LocatedList<Source>, invalid: Set<String> = []) {
        actorIDs = Set(actors.values.map(\.id)).union(invalid)
        eventIDs = Set(events.values.map(\.id))
        sourceIDs = Set(sources.values.map(\.id))
    }

    mutating func check(actors: LocatedList<Actor>, ties: LocatedList<Tie>, events: LocatedList<Event>) {
        for actor in actors { checkCitations(actor.value.sources, in: actor) }
        for tie in ties {
            checkActor(tie.value.from, role: "tie end 'from'", at: tie.location(of: "from"))
            checkActor(tie.value.to, role: "tie end 'to'", at: tie.location(of: "to"))
            checkCitations(tie.value.sources, in: tie)
        }
        for event in events {
            for (offset, organizer) in event.value.organizers.enumerated() {
                checkActor(organizer, role: "organizer of '\(event.value.id)'", at: event.location(of: "organizers.\(offset)"))
            }
            var seen = Set<String>()
            for (offset, participant) in event.value.participants.enumerated() {
                let location = event.location(of: "participants.\(offset)")
                checkActor(participant.id, role: "participant of '\(event.value.id)'", at: location)
                if let behalf = participant.onBehalfOf {
                    checkActor(behalf, role: "'on_behalf_of' of '\(participant.id)'", at: location)
                }
                if !seen.insert(participant.id).inserted {
                    diagnostics.append(Diagnostic(.warning, at: location,
                        "'\(participant.id)' is listed twice among the participants of '\(event.value.id)'"))
                }
            }
            checkCitations(event.value.sources, in: event)
        }
    }

    private mutating func checkActor(_ id: String, role: String, at location: SourceLocation) {
        guard !actorIDs.contains(id) else { return }
        if eventIDs.contains(id) {
            diagnostics.append(Diagnostic(.error, at: location, "\(role) '\(id)' is an event, not an actor",
                                          hint: "list actors as event participants instead of tying to the event"))
            return
        }
        diagnostics.append(Diagnostic(.error, at: location, "unknown actor '\(id)' (\(role))",
                                      hint: Suggestion.hint(for: id, in: actorIDs) ?? "declare it under 'actors'"))
    }

    private mutating func checkCitations<T>(_ citations: [Citation], in item: Located<T>) {
        for (offset, citation) in citations.enumerated() where !sourceIDs.contains(citation.sourceID) {
            diagnostics.append(Diagnostic(.error, at: item.location(of: "sources.\(offset)"),
                "unknown source '\(citation.sourceID)'",
                hint: Suggestion.hint(for: citation.sourceID, in: sourceIDs) ?? "declare it under 'sources'"))
        }
    }
}
