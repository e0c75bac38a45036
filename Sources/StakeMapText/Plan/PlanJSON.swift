import StakeMapAnalysis

/// The stable JSON shape of `plan`: `{"home", "as_of", "targets": [{"id", "status", "path",
/// "last_met", "steps", "claims", …}], "intermediaries", "itinerary", "deferred", "gaps"}`
/// (docs/CLAIMS.md). Words sit next to the claims they rest on.
public struct PlanJSON: Codable, Sendable, Hashable {
    /// The last meeting with a target.
    public struct LastMeeting: Codable, Sendable, Hashable {
        /// Who met the target.
        public var by: String
        /// When.
        public var date: DateSpan?
        /// Where.
        public var place: String?
        /// At which event.
        public var event: String?
        /// Citations.
        public var sources: [String]
    }

    /// An alternative route.
    public struct Route: Codable, Sendable, Hashable {
        /// The actors along it.
        public var actors: [String]
        /// Its cost.
        public var cost: Double
    }

    /// One target.
    public struct Target: Codable, Sendable, Hashable {
        /// The target's id.
        public var id: String
        /// Its name.
        public var name: String
        /// met, direct, reachable or unreachable.
        public var status: TargetStatus
        /// A post's holder.
        public var holder: String?
        /// The warmest route.
        public var path: [String]
        /// Each step in words.
        public var steps: [String]
        /// The route's cost.
        public var cost: Double?
        /// The date of the last meeting.
        public var lastMetDate: String?
        /// The last meeting.
        public var lastMeeting: LastMeeting?
        /// The intermediary chosen to open it.
        public var openedBy: String?
        /// Every route runs through these.
        public var soleIntermediaries: [String]
        /// Where to meet.
        public var place: String?
        /// How the place was found.
        public var placeBasis: PlaceBasis
        /// Other routes.
        public var alternatives: [Route]
        /// The facts behind the target's words.
        public var claims: [Claim]
    }

    /// One intermediary.
    public struct Intermediary: Codable, Sendable, Hashable {
        /// Its id.
        public var id: String
        /// The targets it opens.
        public var opens: [String]
        /// Why, in words.
        public var reason: String
        /// The facts behind the reason.
        public var claims: [Claim]
    }

    /// One proposed meeting (a step of the itinerary).
    public struct Meeting: Codable, Sendable, Hashable {
        /// Whom to meet.
        public var with: String
        /// Their name.
        public var name: String
        /// re-engage, introduction or ask-introduction.
        public var purpose: ProposedMeeting.Purpose
        /// The targets it serves.
        public var targets: [String]
        /// Who comes along or introduces.
        public var via: String?
        /// Where.
        public var place: String?
        /// How the place was found.
        public var placeBasis: PlaceBasis
        /// The meeting in words.
        public var note: String
        /// The facts behind the note.
        public var claims: [Claim]
    }

    /// The meetings at one place.
    public struct Stop: Codable, Sendable, Hashable {
        /// The place, or null when not recorded.
        public var place: String?
        /// The meetings.
        public var meetings: [Meeting]
    }

    /// The home actor.
    public var home: String
    /// "Today".
    public var asOf: PartialDate?
    /// The targets.
    public var targets: [Target]
    /// The intermediaries.
    public var intermediaries: [Intermediary]
    /// The itinerary by place.
    public var itinerary: [Stop]
    /// Meetings left out.
    public var deferred: [Meeting]
    /// The gaps that matter for the plan.
    public var gaps: [GapsJSON.Finding]

    /// The document of `plan` worded by `words`.
    public init(_ plan: MissionPlan, words: PlanWords) {
        let n = words.names
        func meeting(_ m: ProposedMeeting) -> Meeting {
            Meeting(with: m.with, name: n(m.with), purpose: m.purpose, targets: m.targets, via: m.via, place: m.place,
                    placeBasis: m.placeBasis, note: words.note(m, home: plan.home), claims: m.claims)
        }
        home = plan.home
        asOf = plan.asOf
        targets = plan.targets.map { t in
            Target(id: t.id, name: n(t.id), status: t.status, holder: t.holder, path: t.path, steps: words.steps(t), cost: t.cost,
                   lastMetDate: t.lastMet?.date?.description,
                   lastMeeting: t.lastMet.map { LastMeeting(by: $0.by, date: $0.date, place: $0.place, event: $0.event, sources: $0.sources.map(\.description)) },
                   openedBy: t.openedBy, soleIntermediaries: t.soleIntermediaries, place: t.place, placeBasis: t.placeBasis,
                   alternatives: t.alternatives.map { Route(actors: $0.actors, cost: $0.cost) }, claims: t.claims)
        }
        intermediaries = plan.intermediaries.map { Intermediary(id: $0.id, opens: $0.opens, reason: words.reason($0, home: plan.home), claims: $0.claims) }
        itinerary = plan.itinerary.map { Stop(place: $0.place, meetings: $0.meetings.map(meeting)) }
        deferred = plan.deferred.map(meeting)
        gaps = plan.gaps.map { GapsJSON.finding($0, words: words.gaps) }
    }

    /// The JSON text.
    public func text() throws -> String { try JSONText.encode(self) }
}


// The JSON keys of the plan shape (snake_case, as DESIGN.md), with absent values written as
// null so that scripts find every key.

extension PlanJSON {
    enum CodingKeys: String, CodingKey {
        case home, asOf = "as_of", targets, intermediaries, itinerary, deferred, gaps
    }

    /// Encodes every key, `as_of` null when unknown.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(home, forKey: .home)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(targets, forKey: .targets)
        try c.encode(intermediaries, forKey: .intermediaries)
        try c.encode(itinerary, forKey: .itinerary)
        try c.encode(deferred, forKey: .deferred)
        try c.encode(gaps, forKey: .gaps)
    }
}

extension PlanJSON.Target {
    enum CodingKeys: String, CodingKey {
        case id, name, status, holder, path, steps, cost, lastMetDate = "last_met", lastMeeting = "last_meeting", openedBy = "opened_by"
        case soleIntermediaries = "sole_intermediaries", place, placeBasis = "place_basis", alternatives, claims
    }

    /// Encodes every key, absent values as null.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(status, forKey: .status)
        try c.encode(holder, forKey: .holder)
        try c.encode(path, forKey: .path)
        try c.encode(steps, forKey: .steps)
        try c.encode(cost, forKey: .cost)
        try c.encode(lastMetDate, forKey: .lastMetDate)
        try c.encode(lastMeeting, forKey: .lastMeeting)
        try c.encode(openedBy, forKey: .openedBy)
        try c.encode(soleIntermediaries, forKey: .soleIntermediaries)
        try c.encode(place, forKey: .place)
        try c.encode(placeBasis, forKey: .placeBasis)
        try c.encode(alternatives, forKey: .alternatives)
        try c.encode(claims, forKey: .claims)
    }
}

extension PlanJSON.LastMeeting {
    /// Encodes every key, absent values as null.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(by, forKey: .by)
        try c.encode(date, forKey: .date)
        try c.encode(place, forKey: .place)
        try c.encode(event, forKey: .event)
        try c.encode(sources, forKey: .sources)
    }
}

extension PlanJSON.Meeting {
    enum CodingKeys: String, CodingKey {
        case with, name, purpose, targets, via, place, placeBasis = "place_basis", note, claims
    }

    /// Encodes every key, absent values as null.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(with, forKey: .with)
        try c.encode(name, forKey: .name)
        try c.encode(purpose, forKey: .purpose)
        try c.encode(targets, forKey: .targets)
        try c.encode(via, forKey: .via)
        try c.encode(place, forKey: .place)
        try c.encode(placeBasis, forKey: .placeBasis)
        try c.encode(note, forKey: .note)
        try c.encode(claims, forKey: .claims)
    }
}

extension PlanJSON.Stop {
    /// Encodes every key, `place` null when not recorded.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(place, forKey: .place)
        try c.encode(meetings, forKey: .meetings)
    }
}
