/// Advocacy with no meeting: an `advocates-to` tie whose target the advocate (or, for the
/// home coalition, any of its members) has never met.
/// - Complexity: O(t · c) for `t` ties and `c` contacts per actor.
public struct UnreciprocatedAdvocacyDetector: GapDetector {
    /// Creates the detector.
    public init() {}

    /// `unreciprocated-advocacy`.
    public var name: String { "unreciprocated-advocacy" }

    /// The findings: one per advocate, listing the targets it never met.
    public func findings(in context: GapContext) -> [GapFinding] {
        var byAdvocate = [String: [Tie]](), order = [String]()
        for tie in context.graph.ties where tie.kind == .advocatesTo && tie.from != tie.to {
            let side = context.isInCoalition(tie.from) ? context.coalition : [tie.from]
            if side.contains(where: { context.contacts.haveMet($0, tie.to) }) { continue }
            if byAdvocate[tie.from] == nil { order.append(tie.from) }
            if byAdvocate[tie.from]?.contains(where: { $0.to == tie.to }) == true { continue }
            byAdvocate[tie.from, default: []].append(tie)
        }
        return order.map { advocate in
            let ties = byAdvocate[advocate] ?? []
            let targets = ties.map(\.to)
            let side = context.isInCoalition(advocate) ? context.coalition : [advocate]
            let ours = context.isInCoalition(advocate) || targets.contains(where: context.isTarget)
            let hint = targets.first.flatMap { context.introductionHint(from: advocate, to: $0) }
            return GapFinding(
                detector: name, severity: ours ? .medium : .low, actors: [advocate] + targets,
                fact: .oneWayAdvocacy(advocate: advocate, targets: targets, hint: hint),
                claims: ties.map { .tie(from: $0.from, to: $0.to, kind: .advocatesTo) }
                    + targets.flatMap { context.notMetClaims(side, $0) } + (hint.map { [$0.claim] } ?? []),
                evidence: ties.map(context.evidence))
        }
    }
}
