/// Members with no tie of their own (of any kind) and no shared event with any other member of
/// the coalition: linked to the rest only through the coalition itself.
/// - Complexity: O(k² · d) for `k` members of degree `d`.
public struct CoalitionIsolationDetector: GapDetector {
    /// Creates the detector.
    public init() {}

    /// `isolated-member`.
    public var name: String { "isolated-member" }

    /// The findings: one per isolated member (needs a home with at least two members).
    public func findings(in context: GapContext) -> [GapFinding] {
        guard let home = context.home, context.coalition.count >= 3 else { return [] }
        let members = Array(context.coalition.dropFirst())
        var result = [GapFinding]()
        for member in members {
            let others = members.filter { $0 != member }
            let linked = others.contains { other in
                !context.ties.ties(between: member, and: other).isEmpty || context.contacts.haveMet(member, other)
            }
            if linked { continue }
            let membership = context.ties.ties(between: member, and: home)
            let best = others.map { context.predictor.score(member, $0) }
                .filter { !$0.commonNeighbors.filter({ $0 != home }).isEmpty }
                .max { ($0.adamicAdar, $1.second) < ($1.adamicAdar, $0.second) }
            let start = best.flatMap { prediction in
                prediction.commonNeighbors.first { $0 != home }.map { IntroductionHint(from: member, to: prediction.second, broker: $0) }
            }
            result.append(GapFinding(
                detector: name, severity: .medium, actors: [member, home] + others,
                fact: .isolatedMember(member: member, home: home, others: others, start: start),
                claims: [.noLink(a: [member], b: others)] + membership.map { .tie(from: $0.from, to: $0.to, kind: $0.kind) }
                    + (start.map { [$0.claim] } ?? []),
                evidence: membership.map(context.evidence)))
        }
        return result
    }
}
