/// One occasion on which two actors met: a direct `met` tie, or shared presence at an event.
public struct Meeting: Sendable, Hashable {
    /// The actor the query was about (or, with `throughMembers`, the member who was there).
    public var actor: String
    /// The other actor.
    public var with: String
    /// When.
    public var date: DateSpan?
    /// Where (the tie's or the event's place).
    public var place: String?
    /// The event, when the meeting was co-participation in one.
    public var event: String?
    /// The event's kind, when there was one.
    public var eventKind: EventKind?
    /// Everyone else present at the event (besides `actor` and `with`).
    public var coParticipants: [String]
    /// `actor`'s role at the event, if recorded.
    public var role: String?
    /// `with`'s role at the event, if recorded.
    public var withRole: String?
    /// Whom `actor` spoke for, if recorded.
    public var onBehalfOf: String?
    /// What came of it.
    public var outcome: String?
    /// When it is to be followed up.
    public var followUp: PartialDate?
    /// Where this is stated.
    public var sources: [Citation]
    /// The queried coalition or organization when `actor` is one of its members (`--through-members`).
    public var through: String?

    /// Whether the meeting came from a direct tie rather than an event.
    public var isDirect: Bool { event == nil }
}

/// Which meetings a query returns.
public struct MeetingQuery: Sendable, Hashable {
    /// Where meetings come from.
    public enum Source: String, Sendable, Hashable, CaseIterable {
        /// Direct `met` ties only.
        case ties
        /// Event co-participation only.
        case events
        /// Both.
        case both
    }

    /// Meetings that end on or after this date (a partial date covers its whole period: `2018`
    /// means from 2018-01-01).
    public var since: PartialDate?
    /// Meetings that start on or before this date (`2018` means up to 2018-12-31).
    public var until: PartialDate?
    /// Place contains this text (case- and accent-insensitive).
    public var place: String?
    /// Only events of this kind (direct ties are left out when set).
    public var eventKind: EventKind?
    /// Ties, events or both.
    public var via: Source
    /// Also count meetings of the actor's members (transitively through `member-of`,
    /// `works-for`, `leads` and `represents` ties pointing at it).
    public var throughMembers: Bool
    /// Who the answer is for.
    public var audience: Audience
    /// Whether undated meetings pass a `since`/`until` filter (by default they are left out,
    /// and `Graph.undatedMeetingsLeftOut(of:with:query:)` counts them).
    public var includeUndated: Bool = false

    /// Creates a query; by default every meeting, for the internal audience.
    public init(since: PartialDate? = nil, until: PartialDate? = nil, place: String? = nil,
                eventKind: EventKind? = nil, via: Source = .both, throughMembers: Bool = false,
                audience: Audience = .internal, includeUndated: Bool = false) {
        self.includeUndated = includeUndated
        self.since = since
        self.until = until
        self.place = place
        self.eventKind = eventKind
        self.via = via
        self.throughMembers = throughMembers
        self.audience = audience
    }

    /// Whether a meeting's date and place pass the filters (undated meetings fail a date filter
    /// unless `includeUndated`).
    func accepts(date: DateSpan?, place: String?) -> Bool {
        if since != nil || until != nil, date != nil || !includeUndated {
            guard let date else { return false }
            if let since, date.end.lastDayNumber < since.firstDayNumber { return false }
            if let until, date.start.firstDayNumber > until.lastDayNumber { return false }
        }
        if let wanted = self.place {
            guard let place else { return false }
            let folded = ActorResolver.normalized(place)
            if !folded.contains(ActorResolver.normalized(wanted)) { return false }
        }
        return true
    }
}
