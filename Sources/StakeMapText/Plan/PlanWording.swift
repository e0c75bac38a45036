import Foundation
import StakeMapAnalysis

/// The fixed phrases of a plan document.
public enum PlanPhrase: Sendable, Hashable, CaseIterable {
    /// "At a glance".
    case atAGlance
    /// "Targets".
    case targets
    /// The note on how routes are measured.
    case routesNote
    /// "Intermediaries".
    case intermediaries
    /// The note on the greedy cover.
    case intermediariesNote
    /// "Itinerary".
    case itinerary
    /// "No meeting to propose."
    case noMeeting
    /// "Not in this mission (--places / --max-meetings)".
    case deferred
    /// "Gaps that matter for this plan".
    case gaps
    /// "None found."
    case noneFound
    /// "Fewest intermediaries that open every target:".
    case fewestIntermediaries
    /// The heading of meetings whose place is not recorded: "Place not recorded — confirm".
    case unknownPlace
    /// "(country of record — confirm the venue)" after a place heading.
    case countryCaveat
    /// "Draft: confirm the date and venue."
    case draft
    /// "Target", "Status", "Last met", "Warmest route", "Where": table headers.
    case target, status, lastMetHeader, routeHeader, whereHeader
}

/// The words of a mission plan in one language: one function per kind of sentence, each taking
/// structured values (names, dates, counts). Conform to add a language.
public protocol PlanWording: Sendable {
    /// A fixed phrase.
    func phrase(_ phrase: PlanPhrase) -> String
    /// "Mission plan: LWA".
    func title(home: String) -> String
    /// "As of 2025-10-04 · 4 targets · audience internal".
    func meta(asOf: PartialDate?, targets: Int, audience: Audience) -> String
    /// A status: "met", "reachable through intermediaries".
    func status(_ status: TargetStatus) -> String
    /// A purpose: "re-engage", "introduction", "ask for an introduction".
    func purpose(_ purpose: ProposedMeeting.Purpose) -> String
    /// Where a meeting place comes from: "place of the last meeting".
    func placeBasis(_ basis: PlaceBasis) -> String
    /// A target's place with its basis: "Tunis (where they last met)", "not recorded — confirm".
    func place(_ place: String?, basis: PlaceBasis) -> String
    /// One target at a glance: "UN Women (last met 2024) via TWBI".
    func glance(target: String, lastMet: DateSpan?, via: String?) -> String
    /// "4 findings (2 high) — see below".
    func gapsLine(total: Int, high: Int) -> String
    /// "Posts (2) are covered by their holders above:".
    func postsCovered(count: Int) -> String
    /// "Post held by X on the latest record (recorded 2024; seed-001#p2)".
    func heldBy(holder: String, record: DateSpan?, sources: [String]) -> String
    /// "Also covers the post P (holds: recorded 2024)".
    func coversPost(post: String, record: DateSpan?, sources: [String]) -> String
    /// "Last met: 2024 by TWBI, Tunis, at the workshop [seed-000#p6]".
    func lastMet(date: DateSpan?, by: String, place: String?, event: String?, sources: [String]) -> String
    /// "Never met by LWA or its members".
    func neverMet(home: String) -> String
    /// "No route: no chain of relationships links LWA to this target".
    func noRoute(home: String) -> String
    /// "Warmest route: A → B → C (cost 1.50)".
    func warmestRoute(_ route: [String], cost: Double?) -> String
    /// "Alternative: A → D → C (cost 2.00)".
    func alternative(_ route: [String], cost: Double) -> String
    /// "Opened by: TWBI".
    func openedBy(_ name: String) -> String
    /// "Every route runs through X: a single point of failure".
    func soleIntermediaries(_ names: [String]) -> String
    /// "Where: …".
    func whereLine(_ place: String) -> String
    /// A follow-up: "Follow up with X (post): last met 2024 by TWBI; first confirm …".
    func followUp(subject: String, posts: [String], last: (date: DateSpan?, by: String)?, confirm: (post: String, record: DateSpan?)?) -> String
    /// An ask: "Ask V to introduce LWA to X and Y."
    func askIntroduction(via: String, home: String, introduces: [String]) -> String
    /// An introduction meeting: with a member (`viaMet` its meeting date when it met the target,
    /// `viaTie` the tie between them, read from `from` to `to`, when it did not) or introduced by an outsider.
    func introduction(subject: String, posts: [String], via: String?, viaIsMember: Bool, viaMet: DateSpan??,
                      viaTie: (from: String, kind: TieKind, to: String)?, confirm: (post: String, record: DateSpan?)?) -> String
    /// Why an intermediary was chosen.
    func intermediaryReason(name: String, isMember: Bool, home: String, met: [String], metDates: [DateSpan], tied: [String], opens: Int) -> String
    /// What an intermediary opens, after its name: "opens A, B."
    func opens(targets: [String]) -> String
    /// The calendar's name: "Mission plan: LWA (draft)".
    func calendarName(home: String) -> String
    /// A calendar summary: "Meeting: X (draft)", "Ask for an introduction: V (draft)".
    func calendarSummary(purpose: ProposedMeeting.Purpose, with: String) -> String
    /// "Purpose: re-engage."
    func purposeLine(_ purpose: ProposedMeeting.Purpose) -> String
    /// "Route: A → B → C".
    func routeLine(_ route: [String]) -> String
    /// "Last met: 2024 by TWBI [seed-000#p6]".
    func calendarLastMet(date: DateSpan?, by: String, sources: [String]) -> String

    /// The language of the words.
    var language: TextLanguage { get }
    /// A name standing alone in a document (a heading, a table cell, a route).
    func name(_ name: String) -> String
    /// The arrow between the steps of a route, pointing along the reading direction.
    var arrow: String { get }
    /// The comma between names of a list that is not a sentence.
    var comma: String { get }
    /// The semicolon between the parts of an aside.
    var semicolon: String { get }
}

/// The parts of a plan document that are not sentences. English writes them as they are; a
/// right-to-left language isolates names and turns the arrows.
public extension PlanWording {
    /// The language of the words (English unless a catalog says otherwise).
    var language: TextLanguage { .en }

    /// A name standing alone in a document (a heading, a table cell, a route).
    func name(_ name: String) -> String { name }

    /// The arrow between the steps of a route, pointing along the reading direction.
    var arrow: String { " → " }


    /// The comma between names of a list that is not a sentence.
    var comma: String { ", " }

    /// The semicolon between the parts of an aside.
    var semicolon: String { "; " }
}
