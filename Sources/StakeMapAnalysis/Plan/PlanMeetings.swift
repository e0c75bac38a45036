/// The meetings a plan proposes, in target order: a follow-up with each target met (or tied
/// to), an ask to each outside introducer, and a meeting with each reachable target — each with
/// the claims its words rest on.
enum PlanMeetings {
    static func propose(targets: [TargetPlan], routeThrough: [String: [String: [String]]], context: GapContext) -> [ProposedMeeting] {
        guard let home = context.home else { return [] }
        var meetings = [ProposedMeeting]()
        var asked = Set<String>()
        for plan in targets where plan.status != .unreachable && !context.isCoveredByHolder(plan.id) {
            let subject = plan.holder ?? plan.id
            let heldPosts = targets.filter { $0.holder == subject && $0.id != plan.id }.map(\.id) + (plan.holder != nil ? [plan.id] : [])
            let served = [plan.id] + heldPosts.filter { $0 != plan.id }
            let (place, basis) = MeetingPlace.of(subject, in: context)
            let posts = served.filter { context.graph.actor(withID: $0)?.kind == .post }
            let confirm = staleHolding(subject, context)
            let postClaims = posts.map { Claim.holds(person: subject, post: $0) } + (confirm.map { [.holds(person: $0.person, post: $0.post)] } ?? [])
            switch plan.status {
            case .met, .direct:
                var claims = postClaims
                if let last = plan.lastMet {
                    claims += last.date == nil ? [.met(a: last.by, b: subject, date: nil)] : context.lastMetClaims(with: subject)
                } else {
                    claims += context.notMetClaims(context.coalition, subject)
                    claims += context.ties.ties(between: home, and: subject).filter { $0.kind != .threatens && $0.kind != .opposes }
                        .map { .tie(from: $0.from, to: $0.to, kind: $0.kind) }
                }
                meetings.append(ProposedMeeting(with: subject, purpose: .reEngage, targets: served, via: nil, place: place, placeBasis: basis,
                                                posts: posts, lastMet: plan.lastMet, viaLink: nil, introduces: [], confirm: confirm,
                                                claims: claims))
            case .reachable:
                let via = plan.openedBy
                if let via, !context.isInCoalition(via), asked.insert(via).inserted {
                    let (viaPlace, viaBasis) = MeetingPlace.of(via, in: context)
                    let opened = targets.filter { $0.openedBy == via }
                    let introduces = Array(Set(opened.map { $0.holder ?? $0.id })).sorted()
                    var claims = introduces.compactMap { context.linkClaim(via, $0) }
                    claims += opened.compactMap { routeThrough[$0.id]?[via] }.map { .path(actors: $0) }
                    meetings.append(ProposedMeeting(with: via, purpose: .askIntroduction, targets: opened.map(\.id), via: nil,
                                                    place: viaPlace, placeBasis: viaBasis, posts: [], lastMet: nil, viaLink: nil,
                                                    introduces: introduces, confirm: nil, claims: claims))
                }
                let link = via.flatMap { context.linkClaim($0, subject) }
                meetings.append(ProposedMeeting(with: subject, purpose: .introduction, targets: served, via: via, place: place, placeBasis: basis,
                                                posts: posts, lastMet: plan.lastMet, viaLink: link,
                                                viaIsMember: via.map(context.isInCoalition) ?? false, introduces: [], confirm: confirm,
                                                claims: postClaims + (link.map { [$0] } ?? []) + [.notMet(a: home, b: subject)]))
            case .unreachable:
                break
            }
        }
        return meetings
    }

    /// The holding of `person` whose record is older than the stale threshold (confirm it first).
    private static func staleHolding(_ person: String, _ context: GapContext) -> PostHolding? {
        guard let tenure = context.posts.posts(heldBy: person).last, let cutoff = context.staleCutoffDay,
              let day = tenure.tie.date?.end.lastDayNumber, day < cutoff, tenure.endDay == nil else { return nil }
        return PostHolding(person: person, post: tenure.post, date: tenure.tie.date)
    }
}
