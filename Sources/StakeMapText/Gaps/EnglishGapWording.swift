import StakeMapAnalysis

/// The English words of gap findings.
public struct EnglishGapWording: GapWording {
    /// Creates the catalog.
    public init() {}

    /// A fixed phrase.
    public func phrase(_ phrase: GapPhrase) -> String {
        switch phrase {
        case .evidence: "Evidence:"
        case .next: "Next:"
        case .noGaps: "No gaps found."
        case .computed: "[computed]"
        case .noSource: "[no source]"
        }
    }

    /// "HIGH — act first".
    public func heading(_ severity: GapSeverity) -> String {
        switch severity {
        case .high: "HIGH — act first"
        case .medium: "MEDIUM — plan for it"
        case .low: "LOW — worth knowing, or data to fix"
        }
    }

    /// "12 findings: 5 high, 4 medium, 3 low".
    public func summary(total: Int, high: Int, medium: Int, low: Int) -> String {
        "\(English.count(total, "finding")): \(high) high, \(medium) medium, \(low) low"
    }

    /// "Gaps for LWA, 4 targets, as of 2025-10-04, audience internal".
    public func header(home: String?, targets: Int, asOf: PartialDate?, audience: Audience) -> String {
        "Gaps for \(home ?? "the whole network")" + (targets == 0 ? "" : ", \(English.count(targets, "target"))")
            + (asOf.map { ", as of \($0)" } ?? "") + ", audience \(audience.rawValue)"
    }

    /// "Gaps: LWA".
    public func title(home: String?) -> String { "Gaps: \(home ?? "network")" }

    private func label(_ target: String, _ holder: String?) -> String {
        holder.map { "\(target) (held by \($0))" } ?? target
    }

    /// target-reach, one member only.
    public func onlyMemberMet(target: String, holder: String?, member: String, home: String, last: DateSpan?) -> GapSentences {
        let subject = holder ?? target
        return GapSentences(
            message: "Only \(member) has met \(label(target, holder))\(last.map { " (last in \($0))" } ?? ""); \(home) has no contact of its own, so access hangs on one member.",
            suggestion: "Ask \(member) to bring a \(home) representative to its next meeting with \(subject), so that the relationship is held by the coalition, not one member.")
    }

    /// target-reach, never met.
    public func neverMet(target: String, holder: String?, home: String, route: [String], introducer: String?, hint: String?) -> GapSentences {
        let subject = holder ?? target
        guard let introducer else {
            return GapSentences(
                message: "No one in \(home) has ever met \(label(target, holder)), though \(home) has a direct tie with them.",
                suggestion: "Request a first meeting with \(subject), building on the existing tie.")
        }
        let middle = max(0, route.count - 2)
        let also = hint.map { "; or ask \($0), who is linked to both \(home) and \(subject)" } ?? ""
        return GapSentences(
            message: "No one in \(home) has ever met \(label(target, holder)); the warmest route runs through \(English.count(middle, "intermediary", plural: "intermediaries")): \(route.joined(separator: " → ")).",
            suggestion: "Ask \(introducer), who is linked to \(subject), for an introduction\(also).")
    }

    /// target-reach, no path.
    public func unreachable(target: String, holder: String?, home: String) -> GapSentences {
        GapSentences(
            message: "\(label(target, holder)) cannot be reached: no chain of relationships links \(home) to them.",
            suggestion: "Find a first contact: look for an actor who knows \(holder ?? target) (a partner, a UN body, an embassy) and record the tie.")
    }

    /// broker-dependency: targets.
    public func soleBroker(broker: String, home: String, targets: [String]) -> GapSentences {
        GapSentences(
            message: "\(broker) is the only link between \(home) and \(English.list(targets)): every route runs through it, so if that relationship lapses \(targets.count == 1 ? "this target is" : "these targets are") cut off.",
            suggestion: "Open a second route to \(English.list(targets)) that does not pass through \(broker); meanwhile ask \(broker) for a direct introduction.")
    }

    /// broker-dependency: the coalition's own members.
    public func coalitionBroker(broker: String, home: String, members: [String]) -> GapSentences {
        GapSentences(
            message: "\(broker) holds part of \(home) together: every route between \(home) and \(English.some(Array(members.prefix(4)), of: members.count)) runs through it.",
            suggestion: "Create direct ties between \(home) and the members that \(broker) connects, e.g. a joint working group.")
    }

    /// broker-dependency: a part of the network.
    public func partCutOff(broker: String, home: String, count: Int, shown: [String], isGroup: Bool) -> GapSentences {
        let among = "\(English.count(count, "actor")), among them \(English.some(shown, of: count))"
        let start = shown.first ?? broker
        if isGroup {
            return GapSentences(
                message: "\(home) has no route of its own to \(among): every route runs through \(broker), a group rather than one organisation.",
                suggestion: "Build a direct tie: arrange a first meeting with \(start).")
        }
        return GapSentences(
            message: "\(broker) is \(home)'s only link to \(among): every route to them runs through it.",
            suggestion: "Keep \(broker) close, and build one direct tie into that part of the network (start with \(start)).")
    }

    /// stale-contact.
    public func staleContact(subject: String, date: PartialDate, by: [String], asOf: PartialDate, thresholdMonths: Int,
                             post: String?, postRecord: DateSpan?, leadBy: String?) -> GapSentences {
        var suggestion = "Re-engage \(subject): request a meeting"
        if let post {
            suggestion = "Re-engage: first confirm that \(subject) still holds the post \(post)"
                + (postRecord.map { " (the record dates from \($0))" } ?? "") + ", then request a meeting"
        }
        suggestion += leadBy.map { ", led by \($0), which had the last contact." } ?? "."
        return GapSentences(
            message: "The last dated contact with \(subject) was in \(date), by \(English.list(by)): \(English.age(of: date, at: asOf)) before \(asOf) (threshold \(English.months(thresholdMonths))).",
            suggestion: suggestion)
    }

    /// post-turnover: re-engage.
    public func reEngage(post: String, member: String, previous: String, met: DateSpan?, successor: String, since: PartialDate?) -> GapSentences {
        GapSentences(
            message: "\(member) last met \(previous), a holder of the post \(post), in \(met?.description ?? "an undated meeting"); \(successor) has held the post since \(since?.description ?? "then") — to re-engage.",
            suggestion: "Request an introductory meeting with \(successor); ask \(previous) for a hand-over introduction if the relationship was good.")
    }

    /// post-turnover: vacated.
    public func vacated(post: String, person: String, left: PartialDate?) -> GapSentences {
        GapSentences(
            message: "\(person) left the post \(post)\(left.map { " in \($0)" } ?? ""), and no successor is on record.",
            suggestion: "Find out who holds \(post) now and record the holds tie.")
    }

    /// post-turnover: outdated records.
    public func outdatedHolders(holders: [(person: String, post: String)], years: [String]) -> GapSentences {
        GapSentences(
            message: "Who holds \(holders.count == 1 ? "the target post" : "\(holders.count) target posts") is on record only from \(English.list(years)): \(English.list(holders.map { "\($0.person) as \($0.post)" })). Holders may have rotated since.",
            suggestion: "Before planning meetings, confirm the current holder of each post and record any new holds tie; a new holder means an introductory meeting, not a follow-up.")
    }

    /// isolated-member.
    public func isolatedMember(member: String, home: String, others: [String], start: (member: String, broker: String)?) -> GapSentences {
        let suggestion = start.map {
            "Start with \($0.member): \($0.broker) is linked to both. Plan one joint step (a joint meeting or statement) before the mission."
        } ?? "Plan one joint step with \(English.list(Array(others.prefix(3)))) (a joint meeting or statement) so that \(member) is tied to the other members directly."
        return GapSentences(
            message: "\(member) has no tie of its own and no shared event with any other member of \(home) (\(English.some(Array(others.prefix(6)), of: others.count))); its tie to the coalition is its membership of \(home).",
            suggestion: suggestion)
    }

    /// group-divide.
    public func groupDivide(attribute: GroupAttribute, groups: [(value: String, count: Int, shown: [String])], linkers: [String]) -> GapSentences {
        let described = English.list(groups.map { "\($0.value) (\(English.some($0.shown, of: $0.count)))" })
        let among = groups.count == 2 ? "between" : "among"
        let values = "\(attribute.rawValue) " + English.list(groups.map(\.value))
        return GapSentences(
            message: "No tie or shared event \(among) \(attribute.rawValue) \(described)"
                + (linkers.isEmpty ? "." : "; the nearest links run through \(English.list(linkers)), each linked to both sides."),
            suggestion: linkers.first.map { "Ask \($0) to bring \(values) together directly, e.g. a joint meeting or consultation." }
                ?? "Look for an actor who could connect \(values), and plan a first joint meeting.")
    }

    /// unreciprocated-advocacy.
    public func oneWayAdvocacy(advocate: String, targets: [String], hint: (broker: String, target: String)?) -> GapSentences {
        let way = hint.map { " For a way in: \($0.broker) is linked to both \(advocate) and \($0.target)." } ?? ""
        return GapSentences(
            message: "\(advocate) advocates to \(English.list(targets)) but no meeting with \(targets.count == 1 ? "it" : "them") is on record: the advocacy is one-way.",
            suggestion: "Turn the advocacy into a dialogue: request a meeting or a side event with \(English.list(targets)), and record it.\(way)")
    }

    /// gender-lens.
    public func genderLens(home: String?, women: [String], men: [String], other: Int, unknown: [String], womenNotMet: [String]) -> GapSentences {
        let total = women.count + men.count + other + unknown.count
        let known = total - unknown.count
        var parts = ["\(women.count) \(women.count == 1 ? "is a woman" : "are women")" + (women.isEmpty ? "" : " (\(English.list(women)))")]
        if !men.isEmpty { parts.append("\(men.count) \(men.count == 1 ? "a man" : "men") (\(English.list(men)))") }
        if other > 0 { parts.append("\(other) of another gender") }
        if !unknown.isEmpty { parts.append("\(unknown.count) not recorded (\(English.list(unknown)))") }
        let share = known > 0 ? Double(women.count) / Double(known) : 0
        let percent = known > 0 ? " — \(Int((share * 100).rounded()))% women where recorded." : "."
        var next = [String]()
        if !unknown.isEmpty { next.append("Record the gender of \(English.list(unknown)) so the count is complete.") }
        if share < 0.5 && !womenNotMet.isEmpty {
            next.append("Seek out women decision-makers not yet met: \(English.list(womenNotMet)).")
        } else if share < 0.5 {
            next.append("Ask the people you meet to bring women from their delegations, and look for women decision-makers to add.")
        } else {
            next.append("Keep the balance: when holders rotate, check that women remain among the decision-makers you meet.")
        }
        return GapSentences(
            message: "Of the \(English.count(total, "decision-maker")) \(home.map { "\($0) has" } ?? "anyone has") met, " + English.list(parts) + percent,
            suggestion: next.joined(separator: " "))
    }

    /// weak-evidence.
    public func weakTie(a: String, b: String, kind: TieKind, levels: [Confidence], targets: [String]) -> GapSentences {
        GapSentences(
            message: "The route to \(English.list(targets)) relies on a \(levels.map(\.rawValue).joined(separator: "/")) tie, with no meeting on record: \(a) \(English.verb(kind)) \(b).",
            suggestion: "Confirm the tie between \(a) and \(b) (and cite the source) before counting on it for an introduction.")
    }

    /// data-gap: ties.
    public func unsourcedTies(count: Int) -> GapSentences {
        GapSentences(
            message: "\(English.count(count, "tie")) \(count == 1 ? "has" : "have") no source.",
            suggestion: "Cite where each tie is stated (a report, minutes, an article: SOURCE-ID#locator), or mark it confidence: unverified.")
    }

    /// data-gap: events.
    public func unsourcedEvents(count: Int) -> GapSentences {
        GapSentences(
            message: "\(English.count(count, "event")) \(count == 1 ? "has" : "have") no source.",
            suggestion: "Cite the invitation, report or minutes of each event.")
    }

    /// data-gap: undated meetings.
    public func undatedMeetings(home: String?, count: Int, items: [String]) -> GapSentences {
        GapSentences(
            message: "\(English.count(count, "meeting")) involving \(home ?? "the targets") \(count == 1 ? "has" : "have") no date, so \(count == 1 ? "its" : "their") freshness cannot be judged: \(English.list(Array(items.prefix(4))))\(count > 4 ? " …" : "").",
            suggestion: "Add at least the year (or year-month) of each meeting from the minutes or reports.")
    }
}
