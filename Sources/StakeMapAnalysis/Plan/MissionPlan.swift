/// Where a target stands for the home actor.
public enum TargetStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// The home actor has met the target (a `met` tie or a shared event).
    case met
    /// The home actor has a direct tie of another kind with the target.
    case direct
    /// The target can be reached through intermediaries (a member who met them, or a chain).
    case reachable
    /// No chain of relationships leads to the target.
    case unreachable
}

/// The most recent meeting with a target.
public struct LastMeeting: Sendable, Hashable, Codable {
    /// Who met the target: the home actor or one of its members.
    public var by: String
    /// When, if recorded.
    public var date: DateSpan?
    /// Where, if recorded.
    public var place: String?
    /// The event, if the meeting was an event.
    public var event: String?
    /// Where it is stated.
    public var sources: [Citation]
}

/// How the place of a proposed meeting was found.
public enum PlaceBasis: String, Sendable, Hashable, Codable {
    /// The actor's own `place`.
    case actor
    /// The place of the actor's most recent meeting.
    case lastMeeting = "last-meeting"
    /// The place of the post the actor holds.
    case post
    /// The actor's country (a venue still to confirm).
    case country
    /// Nothing recorded.
    case unknown
}

/// One target of the mission and how to reach it.
public struct TargetPlan: Sendable, Hashable {
    /// The target's id.
    public var id: String
    /// Where it stands.
    public var status: TargetStatus
    /// For a post: its latest holder on record, through whom it is reached.
    public var holder: String?
    /// The warmest introduction path from the home actor (empty when unreachable).
    public var path: [String]
    /// The evidence of each step of `path` (the tie or the shared event behind it).
    public var steps: [GapEvidence]
    /// The path's cost (lower is warmer), when reachable.
    public var cost: Double?
    /// Other paths, warmest first.
    public var alternatives: [RoutedPath]
    /// The most recent meeting by the coalition, if any.
    public var lastMet: LastMeeting?
    /// The intermediary chosen to open this target (see `MissionPlan.intermediaries`).
    public var openedBy: String?
    /// Where to meet.
    public var place: String?
    /// How `place` was found.
    public var placeBasis: PlaceBasis
    /// The intermediaries every route runs through (each an `only-through` claim).
    public var soleIntermediaries: [String] = []
    /// The facts the target's sentences rest on.
    public var claims: [Claim] = []
}

/// An intermediary chosen by the greedy cover, with the targets it opens and why.
public struct IntermediaryChoice: Sendable, Hashable {
    /// The intermediary's id.
    public var id: String
    /// The targets it opens, by id.
    public var opens: [String]
    /// Whether it is in the coalition.
    public var isMember: Bool
    /// The actors it opens them through (targets, or holders of target posts) that it met.
    public var met: [String]
    /// The dates of those meetings (latest each, when dated).
    public var metDates: [DateSpan]
    /// The actors it is tied to without having met them.
    public var tied: [String]
    /// The facts its sentences rest on.
    public var claims: [Claim]
}

/// A meeting the plan proposes.
public struct ProposedMeeting: Sendable, Hashable {
    /// What the meeting is for.
    public enum Purpose: String, Sendable, Hashable, Codable {
        /// Follow up with a target already met.
        case reEngage = "re-engage"
        /// Meet a target with the member or intermediary who knows them.
        case introduction
        /// Ask an intermediary for an introduction.
        case askIntroduction = "ask-introduction"
    }

    /// Whom to meet.
    public var with: String
    /// What for.
    public var purpose: Purpose
    /// The targets it serves.
    public var targets: [String]
    /// Who comes along or introduces (a member or intermediary), if anyone.
    public var via: String?
    /// Where.
    public var place: String?
    /// How the place was found.
    public var placeBasis: PlaceBasis
    /// The posts the meeting is about (the person met holds them).
    public var posts: [String]
    /// For a follow-up: the latest meeting by the coalition (nil: a direct tie, never met).
    public var lastMet: LastMeeting?
    /// For an introduction: how `via` knows `with` (a `met` or `tie` claim).
    public var viaLink: Claim?
    /// Whether `via` is in the coalition (it comes along) rather than outside (it introduces).
    public var viaIsMember: Bool = false
    /// For an ask: the actors `with` is asked to introduce the home to.
    public var introduces: [String]
    /// A holding whose record is old: confirm it first.
    public var confirm: PostHolding?
    /// The facts its sentences rest on.
    public var claims: [Claim]
}

/// The meetings at one place.
public struct ItineraryStop: Sendable, Hashable {
    /// The place ("Tunis"), or nil when not recorded.
    public var place: String?
    /// The meetings there, in priority order.
    public var meetings: [ProposedMeeting]
}

/// A mission plan: per target its status and warm path, the fewest intermediaries that open
/// all targets, an itinerary by place, and the gaps that matter for it.
public struct MissionPlan: Sendable, Hashable {
    /// The home actor.
    public var home: String
    /// "Today".
    public var asOf: PartialDate?
    /// The targets, in the order asked.
    public var targets: [TargetPlan]
    /// The intermediaries chosen by the greedy set cover.
    public var intermediaries: [IntermediaryChoice]
    /// The proposed meetings by place.
    public var itinerary: [ItineraryStop]
    /// Meetings left out by `--max-meetings` or `--places`.
    public var deferred: [ProposedMeeting]
    /// Gap findings concerning the targets or the chosen intermediaries.
    public var gaps: [GapFinding]
}

/// What to plan.
public struct MissionPlanOptions: Sendable, Hashable {
    /// The home actor's id.
    public var home: String
    /// The targets' ids.
    public var targets: [String]
    /// At most this many meetings in the itinerary; nil for no limit.
    public var maxMeetings: Int?
    /// Only meetings at these places (matched case-insensitively against place, country code or
    /// country name); nil for everywhere.
    public var places: [String]?
    /// "Today"; nil uses the network's `as_of`.
    public var asOf: PartialDate?
    /// Contacts older than this are stale (for the gaps).
    public var staleAfterMonths: Int
    /// Alternative paths to list per target.
    public var alternatives: Int

    /// Creates options.
    public init(home: String, targets: [String], maxMeetings: Int? = nil, places: [String]? = nil,
                asOf: PartialDate? = nil, staleAfterMonths: Int = 24, alternatives: Int = 2) {
        self.home = home
        self.targets = targets
        self.maxMeetings = maxMeetings
        self.places = places
        self.asOf = asOf
        self.staleAfterMonths = staleAfterMonths
        self.alternatives = alternatives
    }
}
