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
        for plan in targets where plan.status == .reachable && !context.isCoveredByHolder(plan.id) {
            let subject = plan.holder ?? plan.id
            var openers = context.coalition.dropFirst().filter { context.contacts.haveMet($0, subject) }.map { ($0, 0.0) }
            for route in [RoutedPath(actors: plan.path, cost: plan.cost ?? 0)] + plan.alternatives {
                let actors = route.actors.last == plan.id && plan.holder != nil ? Array(route.actors.dropLast()) : route.actors
                if actors.count >= 3 { openers.append((actors[actors.count - 2], route.cost)) }
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
            IntermediaryChoice(id: choice.id, opens: choice.opens, reason: reason(choice.id, opens: choice.opens, targets: targets, context: context))
        }

        // Proposed meetings, in target order.
        var meetings = [ProposedMeeting]()
        var asked = Set<String>()
        for plan in targets where plan.status != .unreachable && !context.isCoveredByHolder(plan.id) {
            let subject = plan.holder ?? plan.id
            let heldPosts = targets.filter { $0.holder == subject && $0.id != plan.id }.map(\.id) + (plan.holder != nil ? [plan.id] : [])
            let served = [plan.id] + heldPosts.filter { $0 != plan.id }
            let (place, basis) = MeetingPlace.of(subject, in: context)
            let posts = served.filter { context.graph.actor(withID: $0)?.kind == .post }
            let title = posts.isEmpty ? "" : " (\(context.names(posts)))"
            switch plan.status {
            case .met, .direct:
                let last = plan.lastMet.map { "last met \($0.date?.description ?? "on an undated occasion") by \(context.name($0.by))" } ?? "a direct tie, no meeting on record"
                meetings.append(ProposedMeeting(with: subject, purpose: .reEngage, targets: served, via: nil, place: place, placeBasis: basis,
                                                note: "Follow up with \(context.name(subject))\(title): \(last)\(confirm(subject, context))."))
            case .reachable:
                let via = plan.openedBy
                if let via, !context.isInCoalition(via), asked.insert(via).inserted {
                    let (viaPlace, viaBasis) = MeetingPlace.of(via, in: context)
                    let opens = targets.filter { $0.openedBy == via }.map { $0.holder ?? $0.id }
                    meetings.append(ProposedMeeting(with: via, purpose: .askIntroduction, targets: targets.filter { $0.openedBy == via }.map(\.id),
                                                    via: nil, place: viaPlace, placeBasis: viaBasis,
                                                    note: "Ask \(context.name(via)) to introduce \(context.name(home)) to \(context.names(Array(Set(opens)).sorted()))."))
                }
                let when = plan.lastMet?.date.map { " in \($0)" } ?? ""
                let with = via.map { context.isInCoalition($0) ? " together with \(context.name($0)), which met them\(when)" : " introduced by \(context.name($0))" } ?? ""
                meetings.append(ProposedMeeting(with: subject, purpose: .introduction, targets: served, via: via, place: place, placeBasis: basis,
                                                note: "Meet \(context.name(subject))\(title)\(with)\(confirm(subject, context))."))
            case .unreachable:
                break
            }
        }
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
        }
        return MissionPlan(home: home, asOf: context.asOf, targets: targets, intermediaries: intermediaries,
                           itinerary: stops, deferred: deferred, gaps: gaps)
    }

    private static func target(for id: String, home: String, context: GapContext, routes: any IntroductionRouting,
                               alternatives: Int) -> TargetPlan {
        let isPost = context.graph.actor(withID: id)?.kind == .post
        let holder = isPost ? context.posts.currentTenure(of: id)?.person : nil
        let subject = holder ?? id
        let coalitionContacts = context.coalitionContacts(with: subject)
        let last = coalitionContacts.first.map {
            LastMeeting(by: $0.member, date: $0.contact.date, place: $0.contact.place, event: $0.contact.event, sources: $0.contact.sources)
        }
        var paths = routes.paths(from: home, to: subject, k: 3 + alternatives)
        if let holder, let tie = context.posts.currentTenure(of: id)?.tie {
            paths = paths.map {
                RoutedPath(actors: $0.actors + [id], cost: $0.cost,
                           explanations: $0.explanations + ["\(context.name(holder)) holds the post (\(tie.date?.description ?? "undated")\(tie.sources.isEmpty ? "" : "; " + tie.sources.map(\.description).joined(separator: ", ")))"])
            }
        }
        let direct = !context.ties.ties(between: home, and: subject).isEmpty
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
            let step = context.stepEvidence(home, subject)?.citedText ?? "direct"
            best = RoutedPath(actors: [home, subject] + (holder == nil ? [] : [id]), cost: current.cost,
                              explanations: [step] + (holder == nil ? [] : [current.explanations.last ?? ""]))
        }
        let (place, basis) = MeetingPlace.of(subject, in: context)
        // Alternatives worth knowing: reachable targets only, each avoiding an intermediary of the best route.
        let needed = Set(best?.intermediaries ?? []).subtracting([subject])
        let others = status == .reachable
            ? paths.dropFirst().filter { !needed.isSubset(of: Set($0.intermediaries)) }.prefix(alternatives).map { $0 } : []
        return TargetPlan(id: id, status: status, holder: holder, path: best?.actors ?? [], steps: best?.explanations ?? [],
                          cost: best?.cost, alternatives: others, lastMet: last, openedBy: nil,
                          place: place, placeBasis: basis)
    }

    /// "; first confirm X still holds the post P (record from 2018)" when the holds record is stale.
    private static func confirm(_ person: String, _ context: GapContext) -> String {
        guard let tenure = context.posts.posts(heldBy: person).last, let cutoff = context.staleCutoffDay,
              let day = tenure.tie.date?.end.lastDayNumber, day < cutoff, tenure.endDay == nil else { return "" }
        return "; first confirm that \(context.name(person)) still holds the post (record from \(tenure.tie.date?.description ?? "?"))"
    }

    private static func reason(_ id: String, opens: [String], targets: [TargetPlan], context: GapContext) -> String {
        let subjects = opens.map { target in targets.first { $0.id == target }?.holder ?? target }
        let met = subjects.filter { context.contacts.haveMet(id, $0) }
        let member = context.isInCoalition(id) ? "a member of \(context.name(context.coalition.first ?? ""))" : "outside the coalition"
        let dates = met.compactMap { context.contacts.contacts(between: id, and: $0).first?.date?.description }
        let metText = met.isEmpty ? "is one step from \(context.names(Array(Set(subjects)).sorted()))"
            : "met \(context.names(Array(Set(met)).sorted()))" + (dates.isEmpty ? "" : " (\(GapText.list(Array(Set(dates)).sorted())))")
        return "\(context.name(id)) (\(member)) \(metText): one ask opens \(GapText.count(opens.count, "target"))."
    }
}
