import StakeMap

/// Builds the entries that `stakemap add` records, from what a user types: actors named by id or
/// by any name in any language, dates and countries as text, ids derived from names.
public struct NetworkRecords: Sendable {
    /// The network the entries join.
    public let graph: Graph
    private let resolver: ActorResolver

    /// Creates a builder over `graph` (every actor visible: the user is editing her own file).
    public init(graph: Graph) {
        self.graph = graph
        self.resolver = ActorResolver(graph: graph, audience: .confidential)
    }

    /// The id of the actor named by `reference` (id, name or alias, in any language).
    /// - Throws: `StakeMapError` (`.badArgument`): unknown (with suggestions) or ambiguous (with the candidates).
    public func actorID(_ reference: String) throws(StakeMapError) -> String {
        try resolver.resolve(reference).id
    }

    /// Every id in use (actors and events share one namespace).
    public var takenIDs: Set<String> { Set(graph.actors.map(\.id)).union(graph.events.map(\.id)) }

    /// A meeting: two participants make a `met` tie, three or more an event with participants.
    public func meeting(_ meeting: MeetingRecord) throws(StakeMapError) -> NetworkFileEditor.Change {
        var ids: [String] = []
        for reference in meeting.participants {
            let id = try actorID(reference)
            if !ids.contains(id) { ids.append(id) }
        }
        guard ids.count >= 2 else {
            throw StakeMapError(.badArgument, "a meeting needs at least two different participants",
                                hint: "name each participant by id or by name")
        }
        var change = NetworkFileEditor.Change(sources: newSources(meeting.sources))
        if ids.count == 2 && meeting.eventName == nil {
            change.ties = [Tie(from: ids[0], to: ids[1], kind: .met, date: meeting.date, place: meeting.place,
                               strength: meeting.strength ?? 1, sensitivity: meeting.sensitivity, outcome: meeting.outcome,
                               followUp: meeting.followUp, note: meeting.note, sources: meeting.sources)]
        } else {
            let base = meeting.eventName.map { $0.text() } ?? "meeting \(meeting.date?.start.description ?? "") \(meeting.place ?? "")"
            let id = ActorIDs.unique(for: base, fallback: "meeting", taken: takenIDs)
            var event = Event(id: id, kind: .meeting)
            event.name = meeting.eventName
            event.date = meeting.date
            event.place = meeting.place
            event.participants = ids.map { Event.Participant(id: $0) }
            event.outcome = meeting.outcome
            event.followUp = meeting.followUp
            event.sensitivity = meeting.sensitivity
            event.note = meeting.note
            event.sources = meeting.sources
            change.events = [event]
        }
        return change
    }

    /// A new actor; its id is derived from its name when `actor.id` is empty.
    /// - Throws: `StakeMapError` (`.badArgument`) when the id is taken.
    public func actor(_ actor: Actor) throws(StakeMapError) -> NetworkFileEditor.Change {
        var actor = actor
        if actor.id.isEmpty {
            let name = actor.name.exactly("en") ?? actor.name.exactly("") ?? actor.name.exactly("fr") ?? actor.name.text()
            actor.id = ActorIDs.unique(for: name, fallback: actor.kind.rawValue, taken: takenIDs)
        } else if takenIDs.contains(actor.id) {
            throw StakeMapError(.badArgument, "the id '\(actor.id)' is already used", hint: "choose another --id, or leave it out to derive one")
        }
        if actor.name.isEmpty { actor.name = LocalizedText(actor.id) }
        return NetworkFileEditor.Change(actors: [actor], sources: newSources(actor.sources))
    }

    /// A new tie between two actors named by id or name.
    public func tie(from: String, _ kind: TieKind, to: String, details: Tie) throws(StakeMapError) -> NetworkFileEditor.Change {
        var tie = details
        tie.from = try actorID(from)
        tie.to = try actorID(to)
        tie.kind = kind
        guard tie.from != tie.to else {
            throw StakeMapError(.badArgument, "a tie from '\(tie.from)' to itself")
        }
        return NetworkFileEditor.Change(ties: [tie], sources: newSources(tie.sources))
    }

    /// A bare record for each cited source the network does not have yet.
    private func newSources(_ citations: [Citation]) -> [Source] {
        var seen = Set(graph.sources.map(\.id))
        return citations.filter { seen.insert($0.sourceID).inserted }.map { Source(id: $0.sourceID) }
    }
}

/// What `stakemap add meeting` records.
public struct MeetingRecord: Sendable {
    /// The participants (ids or names).
    public var participants: [String]
    /// When.
    public var date: DateSpan?
    /// Where.
    public var place: String?
    /// The event's name (makes an event even for two participants).
    public var eventName: LocalizedText?
    /// What came of it.
    public var outcome: String?
    /// When to follow up.
    public var followUp: PartialDate?
    /// A note.
    public var note: String?
    /// The evidence.
    public var sources: [Citation]
    /// Who may see it.
    public var sensitivity: Sensitivity
    /// Closeness, 1–5 (ties only).
    public var strength: Int?

    /// Creates a meeting record.
    public init(participants: [String], date: DateSpan? = nil, place: String? = nil, eventName: LocalizedText? = nil,
                outcome: String? = nil, followUp: PartialDate? = nil, note: String? = nil, sources: [Citation] = [],
                sensitivity: Sensitivity = .public, strength: Int? = nil) {
        self.participants = participants
        self.date = date
        self.place = place
        self.eventName = eventName
        self.outcome = outcome
        self.followUp = followUp
        self.note = note
        self.sources = sources
        self.sensitivity = sensitivity
        self.strength = strength
    }
}
