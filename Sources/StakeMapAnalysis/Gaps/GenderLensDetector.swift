/// The gender lens: the share of women among the decision-makers reached (persons with
/// influence 4 or more, or holding a post), with the ones whose gender is not recorded.
///
/// "Reached" means met by the coalition with a home, by anyone without.
/// - Complexity: O(n + Σ contacts of the coalition).
public struct GenderLensDetector: GapDetector {
    /// Creates the detector.
    public init() {}

    /// `gender-lens`.
    public var name: String { "gender-lens" }

    /// One finding summarising who is in the room, when any decision-maker was reached.
    public func findings(in context: GapContext) -> [GapFinding] {
        let deciders = context.graph.actors.map(\.id).filter(context.isDecisionMaker)
        let reached = deciders.filter { id in
            context.home != nil ? !context.coalitionContacts(with: id).isEmpty && !context.isInCoalition(id)
                : !context.contacts.contacts(of: id).isEmpty
        }
        guard !reached.isEmpty else { return [] }
        func gender(_ id: String) -> Gender? { context.graph.actor(withID: id)?.gender }
        let women = reached.filter { gender($0) == .woman }, men = reached.filter { gender($0) == .man }
        let other = reached.filter { gender($0) == .other }, unknown = reached.filter { gender($0) == nil }
        let notReachedWomen = deciders.filter { !reached.contains($0) && gender($0) == .woman && !context.isInCoalition($0) }
        let known = reached.count - unknown.count
        let share = known > 0 ? Double(women.count) / Double(known) : 0
        let pool = context.home == nil ? nil : context.coalition
        // Without a home, "not met" would have to be checked against everyone: no names then.
        let shownWomen = share < 0.5 && pool != nil ? Array(notReachedWomen.prefix(4)) : []
        var claims = [Claim]()
        for id in reached {
            let actor = context.graph.actor(withID: id)
            claims.append(.attribute(actor: id, field: "gender", value: actor?.gender?.rawValue))
            let by = pool != nil ? context.coalitionContacts(with: id).first?.member : context.contacts.contacts(of: id).first?.other
            if let by { claims.append(.met(a: by, b: id, date: nil)) }
            claims += decisionClaims(id, context)
        }
        for id in shownWomen {
            claims.append(.attribute(actor: id, field: "gender", value: Gender.woman.rawValue))
            claims += decisionClaims(id, context) + context.notMetClaims(pool ?? [], id)
        }
        let evidence = reached.map { id in
            GapEvidence(kind: .actor, actors: [id],
                        detail: .gender(actor: id, gender: gender(id), influence: context.graph.actor(withID: id)?.influence),
                        sources: context.graph.actor(withID: id)?.sources ?? [])
        }
        return [GapFinding(
            detector: name, severity: known > 0 && share < 1.0 / 3 ? .medium : .low, actors: reached,
            fact: .genderLens(home: context.home, women: women, men: men, other: other, unknown: unknown, womenNotMet: shownWomen),
            claims: claims, evidence: evidence)]
    }

    /// Why `id` counts as a decision-maker: influence 4 or more, or a post held.
    private func decisionClaims(_ id: String, _ context: GapContext) -> [Claim] {
        if let influence = context.graph.actor(withID: id)?.influence, influence >= 4 {
            return [.attribute(actor: id, field: "influence", value: String(influence))]
        }
        return context.posts.posts(heldBy: id).prefix(1).map { .holds(person: id, post: $0.post) }
    }
}
