/// A whole stakeholder network: its actors, ties, events and sources.
public struct Graph: Sendable, Hashable, Codable {
    /// The format version (`stakemap: 1`).
    public static let formatVersion = 1

    /// The network's title.
    public var title: LocalizedText?
    /// A longer description.
    public var description: LocalizedText?
    /// "Today" for staleness checks.
    public var asOf: PartialDate?
    /// The sources cited, in order.
    public var sources: [Source]
    /// The actors, in order.
    public private(set) var actors: [Actor]
    /// The ties, in order.
    public var ties: [Tie]
    /// The events, in order.
    public var events: [Event]
    private var actorIndexByID: [String: Int]

    /// Creates a network. Actor ids are expected to be unique (the reader guarantees it).
    public init(title: LocalizedText? = nil, description: LocalizedText? = nil, asOf: PartialDate? = nil,
                sources: [Source] = [], actors: [Actor] = [], ties: [Tie] = [], events: [Event] = []) {
        self.title = title
        self.description = description
        self.asOf = asOf
        self.sources = sources
        self.actors = actors
        self.ties = ties
        self.events = events
        var index = [String: Int](minimumCapacity: actors.count)
        for (position, actor) in actors.enumerated() where index[actor.id] == nil {
            index[actor.id] = position
        }
        self.actorIndexByID = index
    }

    /// The actor with `id`, if any.
    /// - Complexity: O(1).
    public func actor(withID id: String) -> Actor? {
        actorIndexByID[id].map { actors[$0] }
    }

    /// The position of the actor with `id` in `actors`.
    public func position(ofActor id: String) -> Int? { actorIndexByID[id] }

    /// The event with `id`, if any.
    /// - Complexity: O(events).
    public func event(withID id: String) -> Event? { events.first { $0.id == id } }

    /// The source with `id`, if any.
    public func source(withID id: String) -> Source? { sources.first { $0.id == id } }

    /// Appends an actor, or replaces the one with the same id.
    public mutating func upsert(_ actor: Actor) {
        if let position = actorIndexByID[actor.id] {
            actors[position] = actor
        } else {
            actorIndexByID[actor.id] = actors.count
            actors.append(actor)
        }
    }

    /// Replaces all actors.
    public mutating func setActors(_ newActors: [Actor]) {
        self = Graph(title: title, description: description, asOf: asOf, sources: sources,
                     actors: newActors, ties: ties, events: events)
    }

    /// The date span covered by ties and events, if any are dated.
    public var dateSpan: DateSpan? {
        let spans = ties.compactMap(\.date) + events.compactMap(\.date)
        guard let first = spans.map(\.start).min(), let last = spans.map(\.end).max() else { return nil }
        return DateSpan(start: first, end: last) ?? DateSpan(first)
    }

    private enum CodingKeys: String, CodingKey {
        case title, description, asOf = "as_of", sources, actors, ties, events
    }

    /// Decodes a network (used for the JSON form).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try container.decodeIfPresent(LocalizedText.self, forKey: .title),
            description: try container.decodeIfPresent(LocalizedText.self, forKey: .description),
            asOf: try container.decodeIfPresent(PartialDate.self, forKey: .asOf),
            sources: try container.decodeIfPresent([Source].self, forKey: .sources) ?? [],
            actors: try container.decodeIfPresent([Actor].self, forKey: .actors) ?? [],
            ties: try container.decodeIfPresent([Tie].self, forKey: .ties) ?? [],
            events: try container.decodeIfPresent([Event].self, forKey: .events) ?? [])
    }

    /// Encodes a network (used for the JSON form).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeIfPresent(asOf, forKey: .asOf)
        try container.encode(sources, forKey: .sources)
        try container.encode(actors, forKey: .actors)
        try container.encode(ties, forKey: .ties)
        try container.encode(events, forKey: .events)
    }
}
