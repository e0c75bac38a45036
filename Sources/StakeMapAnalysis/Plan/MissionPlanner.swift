/// Builds a mission plan for a home actor and its targets.
///
/// Per target: its status (met, direct, reachable, unreachable) — a post through its latest
/// holder — the warmest introduction paths, the last meeting by the coalition; then the fewest
/// intermediaries that open every reachable target not met (greedy set cover); then one proposed
/// meeting per target (and per outside intermediary), grouped by place; then the gap findings
/// that concern the plan. Everything is computed on what `audience` may see.
public enum MissionPlanner {
    /// The plan for `options` on `graph` as `audience` may see it.
    /// - Complexity: O(T · k · n · (m + n log n)) for the paths, plus the gap detectors'.
    public static func plan(_ graph: Graph, audience: Audience, options: MissionPlanOptions,
                            router: (any IntroductionRouting)? = nil) -> MissionPlan {
        let gapOptions = GapOptions(home: options.home, targets: options.targets, asOf: options.asOf,
                                    staleAfterMonths: options.staleAfterMonths)
        let context = GapContext(graph: graph, audience: audience, options: gapOptions, router: router)
        // The gaps' router already holds the prepared network (k is given per query).
        let routes = context.router
        let home = options.home
        var targets = context.targets.map { target(for: $0, home: home, context: context, routes: routes, alternatives: options.alternatives) }

        // Greedy cover over the reachable targets (posts whose holder is a target ride along).
        var candidates = [String: IntermediaryCover.Candidate]()
        var routeThrough = [String: [String: [String]]]()   // target → opener → route
        for plan in targets where plan.status == .reachable && !context.isCoveredByHolder(plan.id) {
            let subject = plan.holder ?? plan.id
            var openers = context.coalition.dropFirst().filter { context.contacts.haveMet($0, subject) }.map { ($0, 0.0) }
            for route in [RoutedPath(actors: plan.path, cost: plan.cost ?? 0)] + plan.alternatives {
                let actors = route.actors.last == plan.id && plan.holder != nil ? Array(route.actors.dropLast()) : route.actors
                if actors.count >= 3 {
                    let opener = actors[actors.count - 2]
                    openers.append((opener, route.cost))
                    if routeThrough[plan.id]?[opener] == nil { routeThrough[plan.id, default: [:]][opener] = actors }
                }
            }
            for (opener, cost) in openers {
                var candidate = candidates[opener] ?? .init(id: opener, opens: [], isMember: context.isInCoalition(opener), cost: cost)
                candidate.opens.insert(plan.id)
                candidate.cost = min(candidate.cost, cost)
                candidates[opener] = candidate
            }
        }
        let cover = IntermediaryCover.choose(candidates.values.sorted { $0.id < $1.id })
        var openedBy = [String: String]()
        for choice in cover { for target in choice.opens { openedBy[target] = choice.id } }
        for index in targets.indices { targets[index].openedBy = openedBy[targets[index].id] }
        let intermediaries = cover.map { choice in
            intermediary(choice.id, opens: choice.opens, targets: targets, context: context)
        }
        let meetings = PlanMeetings.propose(targets: targets, routeThrough: routeThrough, context: context)
        var kept = [ProposedMeeting](), deferred = [ProposedMeeting]()
        for meeting in meetings {
            let country = context.graph.actor(withID: meeting.with)?.country
            let inPlace = options.places.map { MeetingPlace.matches(meeting.place, country: country, wanted: $0) } ?? true
            if inPlace && kept.count < (options.maxMeetings ?? Int.max) { kept.append(meeting) } else { deferred.append(meeting) }
        }
        var stops = [ItineraryStop]()
        for meeting in kept {
            if let index = stops.firstIndex(where: { $0.place == meeting.place }) {
                stops[index].meetings.append(meeting)
            } else {
                stops.append(ItineraryStop(place: meeting.place, meetings: [meeting]))
            }
        }
        stops.sort { lhs, rhs in
            if (lhs.place == nil) != (rhs.place == nil) { return rhs.place == nil }
            return lhs.meetings.count != rhs.meetings.count ? lhs.meetings.count > rhs.meetings.count : (lhs.place ?? "") < (rhs.place ?? "")
        }

        let involved = Set(targets.flatMap { [$0.id] + ($0.holder.map { [$0] } ?? []) } + cover.map(\.id))
        let targeted = Set(targets.flatMap { [$0.id] + ($0.holder.map { [$0] } ?? []) })
        let missionDetectors: Set<String> = ["target-reach", "broker-dependency", "stale-contact", "post-turnover",
                                             "weak-evidence", "gender-lens"]
        let gaps = GapAnalysis.run(context).filter { finding in
            !targeted.isDisjoint(with: finding.actors)
                || (missionDetectors.contains(finding.detector) && !involved.isDisjoint(with: finding.actors))
        }.map { agree($0, openedBy: openedBy, routeThrough: routeThrough) }
        return MissionPlan(home: home, asOf: context.asOf, targets: targets, intermediaries: intermediaries,
                           itinerary: stops, deferred: deferred, gaps: gaps)
    }

    /// A target-reach finding names the introducer the plan chose (`openedBy`), so that the gaps
    /// and the itinerary ask the same actor; its route is then the route through that introducer.
    private static func agree(_ finding: GapFinding, openedBy: [String: String], routeThrough: [String: [String: [String]]]) -> GapFinding {
        guard case let .neverMet(target, subject, home, route, introducer, hint) = finding.fact,
              let opener = openedBy[target], opener != introducer, let newRoute = routeThrough[target]?[opener] else { return finding }
        var result = finding
        result.fact = .neverMet(target: target, subject: subject, home: home, route: newRoute, introducer: opener,
                                hint: hint?.broker == opener ? nil : hint)
        result.claims = finding.claims.map { claim in
            if case let .path(actors) = claim, actors == route { return .path(actors: newRoute) }
            return claim
        }.filter { claim in
            if case let .path(actors) = claim, hint?.broker == opener, actors == [home, opener, subject] { return false }
            return true
        }
        result.actors = [target] + Array(newRoute.dropFirst().dropLast()) + [home]
        return result
    }

    private static func target(for id: String, home: String, context: GapContext, routes: any IntroductionRouting,
                               alternatives: Int) -> TargetPlan {
        let isPost = context.graph.actor(withID: id)?.kind == .post
        let tenure = isPost ? context.posts.currentTenure(of: id) : nil
        let holder = tenure?.person
        let subject = holder ?? id
        let coalitionContacts = context.coalitionContacts(with: subject)
        let last = coalitionContacts.first.map {
            LastMeeting(by: $0.member, date: $0.contact.date, place: $0.contact.place, event: $0.contact.event, sources: $0.contact.sources)
        }
        var paths = routes.paths(from: home, to: subject, k: 3 + alternatives)
        if holder != nil { paths = paths.map { RoutedPath(actors: $0.actors + [id], cost: $0.cost) } }
        let direct = !context.ties.ties(between: home, and: subject).filter { $0.kind != .threatens && $0.kind != .opposes }.isEmpty
        let status: TargetStatus
        if context.contacts.haveMet(home, subject) {
            status = .met
        } else if direct {
            status = .direct
        } else {
            status = paths.isEmpty ? .unreachable : .reachable
        }
        var best = paths.first
        if status == .met || status == .direct, let current = best, current.intermediaries.count > (holder == nil ? 0 : 1) {
            // Prefer the direct step even when a longer route is cheaper.
            best = RoutedPath(actors: [home, subject] + (holder == nil ? [] : [id]), cost: current.cost)
        }
        let actors = best?.actors ?? []
        var steps = [GapEvidence]()
        for (a, b) in zip(actors, actors.dropFirst()) {
            if b == id, a == holder, let tie = tenure?.tie { steps.append(context.evidence(tie)) } else if let item = context.stepEvidence(a, b) { steps.append(item) }
        }
        let (place, basis) = MeetingPlace.of(subject, in: context)
        // Alternatives worth knowing: reachable targets only, each avoiding an intermediary of the best route.
        let needed = Set(best?.intermediaries ?? []).subtracting([subject])
        let others = status == .reachable
            ? paths.dropFirst().filter { !needed.isSubset(of: Set($0.intermediaries)) }.prefix(alternatives).map { $0 } : []
        let sole = status == .reachable ? context.separators(home, subject) : []
        var claims = context.holdsClaims(target: id, subject: subject)
        switch status {
        case .met:
            claims.append(.met(a: home, b: subject, date: context.contacts.contacts(between: home, and: subject).first?.date))
        case .direct:
            claims.append(.notMet(a: home, b: subject))
            claims += context.ties.ties(between: home, and: subject).filter { $0.kind != .threatens && $0.kind != .opposes }
                .map { .tie(from: $0.from, to: $0.to, kind: $0.kind) }
        case .reachable:
            claims.append(.notMet(a: home, b: subject))
            claims.append(.path(actors: holder == nil ? actors : Array(actors.dropLast())))
            claims += sole.map { .onlyThrough(from: home, to: subject, through: $0) }
        case .unreachable:
            claims.append(.noPath(from: home, to: subject))
        }
        if let last {
            claims += last.date == nil ? [.met(a: last.by, b: subject, date: nil)] : context.lastMetClaims(with: subject)
        } else {
            claims += context.notMetClaims(context.coalition, subject)
        }
        claims += others.map { .path(actors: holder == nil ? $0.actors : Array($0.actors.dropLast())) }
        return TargetPlan(id: id, status: status, holder: holder, path: actors, steps: steps,
                          cost: best?.cost, alternatives: others, lastMet: last, openedBy: nil,
                          place: place, placeBasis: basis, soleIntermediaries: sole, claims: claims)
    }

    private static func intermediary(_ id: String, opens: [String], targets: [TargetPlan], context: GapContext) -> IntermediaryChoice {
        let subjects = Array(Set(opens.map { target in targets.first { $0.id == target }?.holder ?? target })).sorted()
        let met = subjects.filter { context.contacts.haveMet(id, $0) }
        let tied = subjects.filter { !met.contains($0) }
        let dates = met.compactMap { context.contacts.contacts(between: id, and: $0).first?.date }
        var claims = met.map { Claim.met(a: id, b: $0, date: context.contacts.contacts(between: id, and: $0).first?.date) }
        claims += tied.compactMap { context.linkClaim(id, $0) }
        let member = context.isInCoalition(id)
        if member, let membership = context.membershipClaim(id) { claims.append(membership) }
        return IntermediaryChoice(id: id, opens: opens, isMember: member, met: met, metDates: dates, tied: tied, claims: claims)
    }
}
