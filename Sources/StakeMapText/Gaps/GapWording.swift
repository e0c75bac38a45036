import StakeMapAnalysis

/// A finding's two sentences: what the gap is, and the next step.
public struct GapSentences: Sendable, Hashable {
    /// What the gap is.
    public var message: String
    /// A concrete next step.
    public var suggestion: String

    /// Creates the pair.
    public init(message: String, suggestion: String) {
        self.message = message
        self.suggestion = suggestion
    }
}

/// The fixed phrases of a gaps document.
public enum GapPhrase: Sendable, Hashable, CaseIterable {
    /// "Evidence:".
    case evidence
    /// "Next:".
    case next
    /// "No gaps found."
    case noGaps
    /// "[computed]" after a measure.
    case computed
    /// "[no source]" after a record that cites none.
    case noSource
}

/// The words of gap findings in one language: one function per kind of sentence, each taking
/// structured values (names already looked up, counts, dates) — never a pre-formatted sentence.
///
/// A catalog words exactly what its arguments hold: the arguments come from a finding's
/// `GapFact`, and every fact is backed by the finding's claims. Conform to add a language.
public protocol GapWording: Sendable {
    /// A fixed phrase.
    func phrase(_ phrase: GapPhrase) -> String
    /// The heading of a severity group: "HIGH — act first".
    func heading(_ severity: GapSeverity) -> String
    /// "12 findings: 5 high, 4 medium, 3 low".
    func summary(total: Int, high: Int, medium: Int, low: Int) -> String
    /// The header line: "Gaps for LWA (lwa), 4 targets, as of 2025-10-04, audience internal".
    func header(home: String?, targets: Int, asOf: PartialDate?, audience: Audience) -> String
    /// The title of a gaps document: "Gaps: LWA".
    func title(home: String?) -> String

    /// target-reach, one member only. `target` reads "X" or "X (held by Y)" via `holder`.
    func onlyMemberMet(target: String, holder: String?, member: String, home: String, last: DateSpan?) -> GapSentences
    /// target-reach, never met; `route` by name; `introducer` nil when the route is a direct tie;
    /// `hint` an actor tied to both the home and the subject.
    func neverMet(target: String, holder: String?, home: String, route: [String], introducer: String?, hint: String?) -> GapSentences
    /// target-reach, no path.
    func unreachable(target: String, holder: String?, home: String) -> GapSentences
    /// broker-dependency: every route from the home to `targets` runs through `broker`.
    func soleBroker(broker: String, home: String, targets: [String]) -> GapSentences
    /// broker-dependency: every route from the home to its `members` runs through `broker`.
    func coalitionBroker(broker: String, home: String, members: [String]) -> GapSentences
    /// broker-dependency: every route from the home to `count` actors (`shown` named) runs through `broker`.
    func partCutOff(broker: String, home: String, count: Int, shown: [String], isGroup: Bool) -> GapSentences
    /// stale-contact.
    func staleContact(subject: String, date: PartialDate, by: [String], asOf: PartialDate, thresholdMonths: Int,
                      post: String?, postRecord: DateSpan?, leadBy: String?) -> GapSentences
    /// post-turnover: a new holder to re-engage.
    func reEngage(post: String, member: String, previous: String, met: DateSpan?, successor: String, since: PartialDate?) -> GapSentences
    /// post-turnover: a holder left, no successor on record.
    func vacated(post: String, person: String, left: PartialDate?) -> GapSentences
    /// post-turnover: holder records only from long ago; `holders` as (person, post) names.
    func outdatedHolders(holders: [(person: String, post: String)], years: [String]) -> GapSentences
    /// isolated-member; `start` (other member, broker tied to both) when link prediction found one.
    func isolatedMember(member: String, home: String, others: [String], start: (member: String, broker: String)?) -> GapSentences
    /// group-divide; each group with its value, size and first names.
    func groupDivide(attribute: GroupAttribute, groups: [(value: String, count: Int, shown: [String])], linkers: [String]) -> GapSentences
    /// unreciprocated-advocacy; `hint` (broker, target) tied to both.
    func oneWayAdvocacy(advocate: String, targets: [String], hint: (broker: String, target: String)?) -> GapSentences
    /// gender-lens.
    func genderLens(home: String?, women: [String], men: [String], other: Int, unknown: [String], womenNotMet: [String]) -> GapSentences
    /// weak-evidence.
    func weakTie(a: String, b: String, kind: TieKind, levels: [Confidence], targets: [String]) -> GapSentences
    /// data-gap: ties with no source.
    func unsourcedTies(count: Int) -> GapSentences
    /// data-gap: events with no source.
    func unsourcedEvents(count: Int) -> GapSentences
    /// data-gap: undated meetings; `items` name pairs "A – B" or events.
    func undatedMeetings(home: String?, count: Int, items: [String]) -> GapSentences

    /// Evidence: a tie.
    func tieEvidence(from: String, kind: TieKind, to: String, date: DateSpan?, place: String?, confidence: Confidence?, note: String?) -> String
    /// Evidence: an event (name, kind, date, place); with `pair`, the two who met there.
    func eventEvidence(event: String, kind: EventKind?, date: DateSpan?, place: String?, pair: (String, String)?) -> String
    /// Evidence: an actor's gender and influence.
    func genderEvidence(actor: String, gender: Gender?, influence: Int?) -> String
    /// Evidence: an actor's ties, none leading to the home.
    func tieCountEvidence(actor: String, count: Int, home: String) -> String
    /// Evidence: Gould–Fernandez roles by kind.
    func rolesEvidence(actor: String, counts: BrokerageCounts) -> String
    /// Evidence: zero ties between groups of these sizes.
    func groupSizesEvidence(attribute: GroupAttribute, groups: [(value: String, count: Int)]) -> String

    /// The language of the words.
    var language: TextLanguage { get }
    /// A name standing alone in a document line (a heading, a route).
    func name(_ name: String) -> String
    /// A detector's id in a line.
    func detector(_ id: String) -> String
    /// Citations after a line.
    func citations(_ sources: [String]) -> String
    /// Names of the actors an evidence line concerns, when it says nothing else.
    func actors(_ names: [String]) -> String
}

/// The parts of a gaps document that are not sentences: how a name, a detector's id and the
/// citations sit in a line. English writes them as they are; a right-to-left language isolates them.
public extension GapWording {
    /// The language of the words (English unless a catalog says otherwise).
    var language: TextLanguage { .en }

    /// A name standing alone in a document line (a heading, a route).
    func name(_ name: String) -> String { name }

    /// A detector's id in a line ("stale-contact").
    func detector(_ id: String) -> String { id }

    /// Citations after a line: "[seed-000#p6, seed-001#p2]".
    func citations(_ sources: [String]) -> String { "[" + sources.joined(separator: ", ") + "]" }

    /// Names of the actors an evidence line concerns, when it says nothing else.
    func actors(_ names: [String]) -> String { names.joined(separator: ", ") }
}
