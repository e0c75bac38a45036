import Foundation
import StakeMapAnalysis

/// The English words of a mission plan.
public struct EnglishPlanWording: PlanWording {
    /// Creates the catalog.
    public init() {}

    /// A fixed phrase.
    public func phrase(_ phrase: PlanPhrase) -> String {
        switch phrase {
        case .atAGlance: "At a glance"
        case .targets: "Targets"
        case .routesNote: "Routes are the warmest introduction paths; cost is the sum of 1/strength along the route (lower is warmer)."
        case .intermediaries: "Intermediaries"
        case .intermediariesNote: "The fewest intermediaries that open every reachable target not yet met (greedy set cover: each pick opens the most targets still closed; members of the coalition first on a tie)."
        case .itinerary: "Itinerary"
        case .noMeeting: "No meeting to propose."
        case .deferred: "Not in this mission (--places / --max-meetings)"
        case .gaps: "Gaps that matter for this plan"
        case .noneFound: "None found."
        case .fewestIntermediaries: "Fewest intermediaries that open every target:"
        case .unknownPlace: "Place not recorded — confirm"
        case .countryCaveat: "(country of record — confirm the venue)"
        case .draft: "Draft: confirm the date and venue."
        case .target: "Target"
        case .status: "Status"
        case .lastMetHeader: "Last met"
        case .routeHeader: "Warmest route"
        case .whereHeader: "Where"
        }
    }

    /// "Mission plan: LWA".
    public func title(home: String) -> String { "Mission plan: \(home)" }

    /// "As of 2025-10-04 · 4 targets · audience internal".
    public func meta(asOf: PartialDate?, targets: Int, audience: Audience) -> String {
        "As of \(asOf?.description ?? "—") · \(English.count(targets, "target")) · audience \(audience.rawValue)"
    }

    /// A status in words.
    public func status(_ status: TargetStatus) -> String {
        switch status {
        case .met: "met"
        case .direct: "direct tie, never met"
        case .reachable: "reachable through intermediaries"
        case .unreachable: "unreachable"
        }
    }

    /// A purpose in words.
    public func purpose(_ purpose: ProposedMeeting.Purpose) -> String {
        switch purpose {
        case .reEngage: "re-engage"
        case .introduction: "introduction"
        case .askIntroduction: "ask for an introduction"
        }
    }

    /// Where a place comes from.
    public func placeBasis(_ basis: PlaceBasis) -> String {
        switch basis {
        case .actor: "place on record"
        case .lastMeeting: "place of the last meeting"
        case .post: "place of the post"
        case .country: "country of record, venue to confirm"
        case .unknown: "place not recorded — confirm"
        }
    }

    /// A place with its basis.
    public func place(_ place: String?, basis: PlaceBasis) -> String {
        guard let place else { return "place not recorded — confirm before the mission" }
        switch basis {
        case .actor: return place
        case .lastMeeting: return "\(place) (where they last met)"
        case .post: return "\(place) (the post's place)"
        case .country: return "\(place) (country of record; confirm the venue)"
        case .unknown: return "place not recorded — confirm before the mission"
        }
    }

    /// One target at a glance.
    public func glance(target: String, lastMet: DateSpan?, via: String?) -> String {
        target + (lastMet.map { " (last met \($0))" } ?? "") + (via.map { " via \($0)" } ?? "")
    }

    /// "4 findings (2 high) — see below".
    public func gapsLine(total: Int, high: Int) -> String { "\(English.count(total, "finding")) (\(high) high) — see below" }

    /// "Posts (2) are covered by their holders above:".
    public func postsCovered(count: Int) -> String { "Posts (\(count)) are covered by their holders above:" }

    private func record(_ date: DateSpan?, _ sources: [String]) -> String? {
        let parts = (date.map { ["recorded \($0)"] } ?? []) + (sources.isEmpty ? [] : [sources.joined(separator: ", ")])
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// "Post held by X on the latest record (recorded 2024; seed-001#p2)".
    public func heldBy(holder: String, record: DateSpan?, sources: [String]) -> String {
        "Post held by \(holder) on the latest record" + (self.record(record, sources).map { " (\($0))" } ?? "")
    }

    /// "Also covers the post P (holds: recorded 2024)".
    public func coversPost(post: String, record: DateSpan?, sources: [String]) -> String {
        "Also covers the post \(post)" + (self.record(record, sources).map { " (holds: \($0))" } ?? "")
    }

    /// "Last met: 2024 by TWBI, Tunis, at the workshop [seed-000#p6]".
    public func lastMet(date: DateSpan?, by: String, place: String?, event: String?, sources: [String]) -> String {
        "Last met: \(date?.description ?? "undated") by \(by)" + (place.map { ", \($0)" } ?? "") + (event.map { ", at \($0)" } ?? "")
            + (sources.isEmpty ? " [no source]" : " [\(sources.joined(separator: ", "))]")
    }

    /// "Never met by LWA or its members".
    public func neverMet(home: String) -> String { "Never met by \(home) or its members" }

    /// "No route: …".
    public func noRoute(home: String) -> String { "No route: no chain of relationships links \(home) to this target" }

    /// "Warmest route: A → B (cost 1.00)".
    public func warmestRoute(_ route: [String], cost: Double?) -> String {
        "Warmest route: " + route.joined(separator: " → ") + (cost.map { String(format: " (cost %.2f)", $0) } ?? "")
    }

    /// "Alternative: A → D → C (cost 2.00)".
    public func alternative(_ route: [String], cost: Double) -> String {
        "Alternative: " + route.joined(separator: " → ") + String(format: " (cost %.2f)", cost)
    }

    /// "Opened by: TWBI".
    public func openedBy(_ name: String) -> String { "Opened by: \(name)" }

    /// "Every route runs through X: a single point of failure".
    public func soleIntermediaries(_ names: [String]) -> String {
        "Every route runs through \(English.list(names)): \(names.count == 1 ? "a single point" : "single points") of failure"
    }

    /// "Where: …".
    public func whereLine(_ place: String) -> String { "Where: \(place)" }

    private func confirmText(_ confirm: (post: String, record: DateSpan?)?, subject: String) -> String {
        confirm.map { "; first confirm that \(subject) still holds the post \($0.post) (record from \($0.record?.description ?? "an undated record"))" } ?? ""
    }

    /// A follow-up meeting.
    public func followUp(subject: String, posts: [String], last: (date: DateSpan?, by: String)?, confirm: (post: String, record: DateSpan?)?) -> String {
        let title = posts.isEmpty ? "" : " (\(English.list(posts)))"
        let when = last.map { "last met \($0.date?.description ?? "on an undated occasion") by \($0.by)" } ?? "a direct tie, no meeting on record"
        return "Follow up with \(subject)\(title): \(when)\(confirmText(confirm, subject: subject))."
    }

    /// An ask for an introduction.
    public func askIntroduction(via: String, home: String, introduces: [String]) -> String {
        "Ask \(via) to introduce \(home) to \(English.list(introduces))."
    }

    /// An introduction meeting.
    public func introduction(subject: String, posts: [String], via: String?, viaIsMember: Bool, viaMet: DateSpan??, viaTie: TieKind?,
                             confirm: (post: String, record: DateSpan?)?) -> String {
        let title = posts.isEmpty ? "" : " (\(English.list(posts)))"
        var with = ""
        if let via {
            if viaIsMember, let met = viaMet {
                with = " together with \(via), which met them" + (met.map { " in \($0)" } ?? "")
            } else if viaIsMember, let kind = viaTie {
                with = " together with \(via) (\(via) \(English.verb(kind)) \(subject); no meeting on record)"
            } else {
                with = " introduced by \(via)"
            }
        }
        return "Meet \(subject)\(title)\(with)\(confirmText(confirm, subject: subject))."
    }

    /// Why an intermediary was chosen.
    public func intermediaryReason(name: String, isMember: Bool, home: String, met: [String], metDates: [DateSpan], tied: [String], opens: Int) -> String {
        var facts = [String]()
        if !met.isEmpty {
            let dates = Array(Set(metDates.map(\.description))).sorted()
            facts.append("met \(English.list(met))" + (dates.isEmpty ? "" : " (\(English.list(dates)))"))
        }
        if !tied.isEmpty { facts.append("is linked to \(English.list(tied)) without a meeting on record") }
        return "\(name) (\(isMember ? "a member of \(home)" : "outside the coalition")) \(facts.joined(separator: " and ")): one ask opens \(English.count(opens, "target"))."
    }

    /// "opens A, B."
    public func opens(targets: [String]) -> String { "opens \(targets.joined(separator: ", "))." }

    /// The calendar's name.
    public func calendarName(home: String) -> String { "Mission plan: \(home) (draft)" }

    /// A calendar summary.
    public func calendarSummary(purpose: ProposedMeeting.Purpose, with: String) -> String {
        "\(purpose == .askIntroduction ? "Ask for an introduction" : "Meeting"): \(with) (draft)"
    }

    /// "Purpose: re-engage."
    public func purposeLine(_ purpose: ProposedMeeting.Purpose) -> String { "Purpose: \(purpose.rawValue)." }

    /// "Route: A → B → C".
    public func routeLine(_ route: [String]) -> String { "Route: " + route.joined(separator: " → ") }

    /// "Last met: 2024 by TWBI [seed-000#p6]".
    public func calendarLastMet(date: DateSpan?, by: String, sources: [String]) -> String {
        "Last met: \(date?.description ?? "undated") by \(by)" + (sources.isEmpty ? "" : " [\(sources.joined(separator: ", "))]")
    }
}
