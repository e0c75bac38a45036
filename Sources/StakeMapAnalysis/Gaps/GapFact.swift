/// What a gap finding says, as data: one case per kind of sentence, with the ids, counts and
/// dates the words need. StakeMapText words each case (`GapWording`); Analysis writes no sentence.
public enum GapFact: Sendable, Hashable {
    /// target-reach: only `member` of the coalition has met `subject` (the target, or the holder
    /// of the target post); `home` has no contact of its own. `last` is the latest meeting's date.
    case onlyMemberMet(target: String, subject: String, member: String, home: String, last: DateSpan?)
    /// target-reach: no one in the coalition has met `subject`; the warmest route is `route`,
    /// and `introducer` (the last intermediary, who is tied to the subject) can open it; nil when
    /// the route is a direct tie.
    case neverMet(target: String, subject: String, home: String, route: [String], introducer: String?, hint: IntroductionHint?)
    /// target-reach: no path at all links `home` to `subject`, which has `tieCount` ties on record.
    case unreachable(target: String, subject: String, home: String, tieCount: Int)
    /// broker-dependency: every path from `home` to each of `targets` runs through `broker`.
    case soleBroker(broker: String, home: String, targets: [String], isMember: Bool)
    /// broker-dependency: every path from `home` to each of `members` (its own members) runs through `broker`.
    case coalitionBroker(broker: String, home: String, members: [String])
    /// broker-dependency: every path from `home` to `count` actors runs through `broker`
    /// (`shown` are the most influential of them); `isGroup` when the broker is a community.
    case partCutOff(broker: String, home: String, count: Int, shown: [String], isGroup: Bool)
    /// stale-contact: the latest dated contact with `subject` is `date`, by `by`, older than the
    /// threshold before `asOf`; `post` is a post the subject holds (record dated `postRecord`).
    case staleContact(subject: String, date: PartialDate, by: [String], asOf: PartialDate, thresholdMonths: Int,
                      post: String?, postRecord: DateSpan?, leadBy: String?)
    /// post-turnover: `member` last met `previous` (a holder of `post`) on `met`; `successor`
    /// holds the post since `since`.
    case reEngage(post: String, member: String, previous: String, met: DateSpan?, successor: String, since: PartialDate?)
    /// post-turnover: `person` left `post` on `left`, and no successor is on record.
    case vacated(post: String, person: String, left: PartialDate?)
    /// post-turnover: the holders of target posts are on record only from `years`.
    case outdatedHolders(holders: [PostHolding], years: [String])
    /// isolated-member: `member` has no tie or shared event with any of `others` (the other members of `home`).
    case isolatedMember(member: String, home: String, others: [String], start: IntroductionHint?)
    /// group-divide: no tie or shared event between the `groups` of `attribute`; `linkers` are
    /// tied to members of each (nearest indirect links).
    case groupDivide(attribute: GroupAttribute, groups: [GroupSample], linkers: [String])
    /// unreciprocated-advocacy: `advocate` advocates to `targets` but never met them.
    case oneWayAdvocacy(advocate: String, targets: [String], hint: IntroductionHint?)
    /// gender-lens: the decision-makers `home` (or anyone) met, by recorded gender;
    /// `womenNotMet` are women decision-makers not met yet.
    case genderLens(home: String?, women: [String], men: [String], other: [String], unknown: [String], womenNotMet: [String])
    /// weak-evidence: the route to `targets` uses the step `a`–`b`, whose only ties are of
    /// `kind` at `levels` (reported, unverified).
    case weakTie(a: String, b: String, kind: TieKind, levels: [Confidence], targets: [String])
    /// data-gap: `count` ties cite no source.
    case unsourcedTies(count: Int)
    /// data-gap: `count` events cite no source.
    case unsourcedEvents(count: Int)
    /// data-gap: `count` meetings involving the coalition (or the targets) have no date; `pairs`
    /// are undated `met` ties and `events` undated events.
    case undatedMeetings(home: String?, pairs: [[String]], events: [String])
}

/// A post and a holder on record, with the date of the record.
public struct PostHolding: Sendable, Hashable {
    /// The person.
    public var person: String
    /// The post.
    public var post: String
    /// When the `holds` tie is dated.
    public var date: DateSpan?

    /// Creates a holding.
    public init(person: String, post: String, date: DateSpan?) {
        self.person = person
        self.post = post
        self.date = date
    }
}

/// A group of `group-divide`: its value, its size and the first members.
public struct GroupSample: Sendable, Hashable {
    /// The attribute value (`east`).
    public var value: String
    /// How many actors have it.
    public var count: Int
    /// The first members, by id.
    public var shown: [String]

    /// Creates a sample.
    public init(value: String, count: Int, shown: [String]) {
        self.value = value
        self.count = count
        self.shown = shown
    }
}

/// A way in between two actors who never met: `broker` is tied to both (a common neighbour).
public struct IntroductionHint: Sendable, Hashable {
    /// Who would be introduced.
    public var from: String
    /// To whom.
    public var to: String
    /// An actor tied to both.
    public var broker: String

    /// Creates a hint.
    public init(from: String, to: String, broker: String) {
        self.from = from
        self.to = to
        self.broker = broker
    }

    /// The claim behind it: `from – broker – to` is a path.
    public var claim: Claim { .path(actors: [from, broker, to]) }
}
