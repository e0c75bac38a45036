/// Members with no tie of their own to any other member of the coalition: linked to the rest
/// only through the coalition itself.
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
                context.ties.ties(between: member, and: other).contains { !GapContext.nonRelations.contains($0.kind) }
                    || context.contacts.haveMet(member, other)
            }
            if linked { continue }
            let membership = context.ties.ties(between: member, and: home).map(context.evidence)
            let best = others.map { context.predictor.score(member, $0) }
                .filter { !$0.commonNeighbors.filter({ $0 != home }).isEmpty || !$0.sharedEvents.isEmpty }
                .max { ($0.adamicAdar, $1.second) < ($1.adamicAdar, $0.second) }
            let suggestion = best.map {
                "Start with \(context.name($0.second)): \(context.predictor.reason($0)). Plan one joint step (a joint meeting or statement) before the mission."
            } ?? "Plan one joint step with \(context.names(Array(others.prefix(3)))) (a joint meeting or statement) so that \(context.name(member)) is tied to the other members directly."
            result.append(GapFinding(
                detector: name, severity: .medium, actors: [member, home] + others,
                message: "\(context.name(member)) has no tie of its own to any other member of \(context.name(home)) (\(context.names(others))); it is linked to them only through \(context.name(home)).",
                suggestion: suggestion, evidence: membership))
        }
        return result
    }
}
