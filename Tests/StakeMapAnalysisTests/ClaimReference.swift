import StakeMapAnalysis

/// A brute-force reference for claims, written independently of the detectors: plain sets of
/// pairs from the raw ties and events, and a breadth-first search of its own.
struct ClaimReference {
    let graph: Graph
    private var metDates = [String: [DateSpan?]]()
    private var pathAdjacency = [String: Set<String>]()
    private var linkAdjacency = [String: Set<String>]()

    /// The reference for `graph` as the audience sees it (pass a graph already made visible).
    init(_ graph: Graph) {
        self.graph = graph
        func key(_ a: String, _ b: String) -> String { a < b ? "\(a)|\(b)" : "\(b)|\(a)" }
        for tie in graph.ties where tie.from != tie.to {
            if tie.kind == .met { metDates[key(tie.from, tie.to), default: []].append(tie.date) }
            linkAdjacency[tie.from, default: []].insert(tie.to)
            linkAdjacency[tie.to, default: []].insert(tie.from)
            if tie.kind != .threatens && tie.kind != .opposes {
                pathAdjacency[tie.from, default: []].insert(tie.to)
                pathAdjacency[tie.to, default: []].insert(tie.from)
            }
        }
        for event in graph.events {
            let present = Array(Set(event.organizers + event.participants.map(\.id)))
            for a in present {
                for b in present where a < b {
                    metDates[key(a, b), default: []].append(event.date)
                    for (x, y) in [(a, b), (b, a)] {
                        linkAdjacency[x, default: []].insert(y)
                        pathAdjacency[x, default: []].insert(y)
                    }
                }
            }
        }
    }

    private func meetings(_ a: String, _ b: String) -> [DateSpan?]? {
        metDates[a < b ? "\(a)|\(b)" : "\(b)|\(a)"]
    }

    private func reachable(_ from: String, _ to: String, avoiding blocked: String? = nil) -> Bool {
        var seen: Set<String> = [from], frontier = [from]
        while let next = frontier.popLast() {
            if next == to { return true }
            for other in pathAdjacency[next] ?? [] where other != blocked && seen.insert(other).inserted { frontier.append(other) }
        }
        return false
    }

    private func value(_ actor: Actor, _ field: String) -> [String] {
        switch field {
        case "gender": actor.gender.map { [$0.rawValue] } ?? []
        case "influence": actor.influence.map { [String($0)] } ?? []
        case "region": actor.region.map { [$0] } ?? []
        case "kind": [actor.kind.rawValue]
        case "country": actor.country.map { [$0.uppercased()] } ?? []
        case "place": actor.place.map { [$0] } ?? []
        case "tag": actor.tags
        default: []
        }
    }

    /// nil when the claim holds; otherwise why not.
    func failure(_ claim: Claim) -> String? {
        for id in claim.actors where graph.actor(withID: id) == nil { return "names \(id), not a visible actor" }
        switch claim {
        case let .met(a, b, date):
            guard let dates = meetings(a, b) else { return "\(a) and \(b) never met" }
            if let date, !dates.contains(date) { return "\(a) and \(b) met, but not on \(date)" }
        case let .notMet(a, b):
            if meetings(a, b) != nil { return "\(a) and \(b) did meet" }
        case let .lastMet(a, b, date):
            let dated = (meetings(a, b) ?? []).compactMap { $0 }
            guard dated.contains(date) else { return "no meeting of \(a) and \(b) on \(date)" }
            if dated.contains(where: { $0.end.lastDayNumber > date.end.lastDayNumber }) { return "\(a) and \(b) met after \(date)" }
        case let .tie(from, to, kind, confidence, sourced, dated):
            let found = graph.ties.contains { tie in
                tie.kind == kind && ((tie.from == from && tie.to == to) || (!kind.isDirected && tie.from == to && tie.to == from))
                    && (confidence == nil || tie.confidence == confidence) && (sourced == nil || sourced == !tie.sources.isEmpty)
                    && (dated == nil || dated == (tie.date != nil))
            }
            if !found { return "no such tie" }
        case let .holds(person, post):
            if !graph.ties.contains(where: { $0.kind == .holds && $0.from == person && $0.to == post }) { return "\(person) does not hold \(post)" }
        case let .path(actors):
            guard actors.count >= 2 else { return "a path of \(actors.count) actors" }
            for (a, b) in zip(actors, actors.dropFirst()) where pathAdjacency[a]?.contains(b) != true { return "\(a) – \(b) not linked" }
        case let .onlyThrough(from, to, through):
            if through == from || through == to { return "through an end" }
            if !reachable(from, to) { return "no path at all" }
            if reachable(from, to, avoiding: through) { return "a path avoids \(through)" }
        case let .noPath(from, to):
            if reachable(from, to) { return "a path exists" }
        case let .noLink(a, b):
            for x in a { for y in b where x == y || linkAdjacency[x]?.contains(y) == true { return "\(x) – \(y) linked" } }
        case let .attribute(actor, field, value):
            guard let record = graph.actor(withID: actor) else { return "no actor" }
            let values = self.value(record, field)
            if let value { if !values.contains(value) { return "\(field) is \(values), not \(value)" } } else if !values.isEmpty { return "\(field) is recorded" }
        case let .event(id, dated, sourced):
            guard let event = graph.event(withID: id) else { return "no event \(id)" }
            if let dated, dated != (event.date != nil) { return "dated is \(event.date != nil)" }
            if let sourced, sourced != !event.sources.isEmpty { return "sourced is \(!event.sources.isEmpty)" }
        }
        return nil
    }

    /// Every false claim of `findings` and `plan`, and every finding or plan element without a claim.
    func problems(findings: [GapFinding], plan: MissionPlan? = nil) -> [String] {
        var result = [String]()
        func check(_ claims: [Claim], _ what: String) {
            if claims.isEmpty { result.append("\(what): no claim") }
            for claim in claims { if let why = failure(claim) { result.append("\(what): \(claim): \(why)") } }
        }
        for finding in findings { check(finding.claims, "\(finding.detector) \(finding.fact)") }
        if let plan {
            for target in plan.targets { check(target.claims, "target \(target.id)") }
            for choice in plan.intermediaries { check(choice.claims, "intermediary \(choice.id)") }
            for meeting in plan.itinerary.flatMap(\.meetings) + plan.deferred { check(meeting.claims, "meeting \(meeting.with) \(meeting.purpose)") }
            for finding in plan.gaps { check(finding.claims, "plan gap \(finding.detector) \(finding.fact)") }
            result += agreement(plan)
        }
        return result
    }

    /// The plan's sections name the same introducer for a target.
    func agreement(_ plan: MissionPlan) -> [String] {
        var result = [String]()
        let meetings = plan.itinerary.flatMap(\.meetings) + plan.deferred
        for target in plan.targets where target.status == .reachable {
            guard let opener = target.openedBy else { continue }
            if let meeting = meetings.first(where: { $0.purpose == .introduction && $0.targets.contains(target.id) }), meeting.via != opener {
                result.append("target \(target.id): opened by \(opener), meeting via \(meeting.via ?? "nobody")")
            }
            for finding in plan.gaps {
                if case let .neverMet(t, _, _, _, introducer, _) = finding.fact, t == target.id, introducer != opener {
                    result.append("target \(target.id): opened by \(opener), gap asks \(introducer ?? "nobody")")
                }
            }
        }
        return result
    }
}
