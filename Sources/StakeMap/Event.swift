/// A gathering: a meeting, workshop, consultation, conference, campaign or training.
public struct Event: Sendable, Hashable, Codable, Identifiable {
    /// One actor's part in an event.
    public struct Participant: Sendable, Hashable, Codable {
        /// The participating actor's id.
        public var id: String
        /// The role (`lead`, `delegate`, `speaker`, `observer`, …), if recorded.
        public var role: String?
        /// The actor this participant spoke for, if recorded.
        public var onBehalfOf: String?

        /// Creates a participant.
        public init(id: String, role: String? = nil, onBehalfOf: String? = nil) {
            self.id = id
            self.role = role
            self.onBehalfOf = onBehalfOf
        }

        /// Whether only the id is recorded.
        public var isBare: Bool { role == nil && onBehalfOf == nil }
    }

    /// The unique id (shares the namespace with actors).
    public var id: String
    /// What sort of event.
    public var kind: EventKind
    /// Its name.
    public var name: LocalizedText?
    /// When it took place.
    public var date: DateSpan?
    /// Where it took place.
    public var place: String?
    /// The organizing actors.
    public var organizers: [String]
    /// The participating actors.
    public var participants: [Participant]
    /// Topics discussed.
    public var topics: [String]
    /// What came of it.
    public var outcome: String?
    /// When it is to be followed up.
    public var followUp: PartialDate?
    /// Who may see this event.
    public var sensitivity: Sensitivity
    /// A free-text note.
    public var note: String?
    /// Where the event is stated.
    public var sources: [Citation]

    /// Creates an event.
    public init(id: String, kind: EventKind, name: LocalizedText? = nil, date: DateSpan? = nil,
                place: String? = nil, organizers: [String] = [], participants: [Participant] = [],
                topics: [String] = [], outcome: String? = nil, followUp: PartialDate? = nil,
                sensitivity: Sensitivity = .public, note: String? = nil, sources: [Citation] = []) {
        self.id = id
        self.kind = kind
        self.name = name
        self.date = date
        self.place = place
        self.organizers = organizers
        self.participants = participants
        self.topics = topics
        self.outcome = outcome
        self.followUp = followUp
        self.sensitivity = sensitivity
        self.note = note
        self.sources = sources
    }

    /// Everyone present: organizers, then participants, each once, in order.
    public var attendees: [String] {
        var seen = Set<String>()
        return (organizers + participants.map(\.id)).filter { seen.insert($0).inserted }
    }

    /// The display name in `language`, or the id.
    public func displayName(in language: String? = nil) -> String { name?.text(in: language) ?? id }
}
