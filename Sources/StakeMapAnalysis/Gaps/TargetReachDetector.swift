/// Targets the coalition has never met, or meets only through one member (a single point of
/// failure), or cannot reach at all.
///
/// A post target is judged by its latest holder on record. Needs a home and targets.
/// - Complexity: O(T · (n + m) log n) for `T` targets (one warmest-path search each).
public struct TargetReachDetector: GapDetector {
    /// Creates the detector.
    public init() {}

    /// `target-reach`.
    public var name: String { "target-reach" }

    /// The findings: one per target that is unreached, unreachable or reached by one member only.
    public func findings(in context: GapContext) -> [GapFinding] {
        guard let home = context.home else { return [] }
        var result = [GapFinding]()
        for target in context.targets where !context.isInCoalition(target) && !context.isCoveredByHolder(target) {
            let subject = context.reachableSubject(of: target)
            if context.isInCoalition(subject) || context.contacts.haveMet(home, subject) { continue }
            let members = context.coalition.dropFirst().filter { context.contacts.haveMet($0, subject) }
            let holds = context.holdsClaims(target: target, subject: subject)
            if members.count == 1, let member = members.first {
                let contacts = context.contacts.contacts(between: member, and: subject)
                let others = context.coalition.filter { $0 != member }
                result.append(GapFinding(
                    detector: name, severity: .medium, actors: [target, member, home],
                    fact: .onlyMemberMet(target: target, subject: subject, member: member, home: home, last: contacts.first?.date),
                    claims: [context.claim(contacts[0], of: member)] + context.notMetClaims(others, subject) + holds,
                    evidence: contacts.prefix(3).map { context.evidence($0, of: member) }))
            } else if members.isEmpty {
                if let path = context.router.warmestPath(from: home, to: subject), path.actors.count >= 2 {
                    let introducer = path.actors.count > 2 ? path.actors[path.actors.count - 2] : nil
                    let hint = context.introductionHint(from: home, to: subject, excluding: Set(introducer.map { [$0] } ?? []))
                    result.append(GapFinding(
                        detector: name, severity: .high, actors: [target] + path.intermediaries + [home],
                        fact: .neverMet(target: target, subject: subject, home: home, route: path.actors,
                                        introducer: introducer, hint: hint),
                        claims: context.notMetClaims(context.coalition, subject) + [.path(actors: path.actors)]
                            + (hint.map { [$0.claim] } ?? []) + holds,
                        evidence: context.pathEvidence(path.actors)))
                } else if !context.isConnected(home, subject) {
                    let count = context.ties.ties(of: subject).count
                    result.append(GapFinding(
                        detector: name, severity: .high, actors: [target, home],
                        fact: .unreachable(target: target, subject: subject, home: home, tieCount: count),
                        claims: [.noPath(from: home, to: subject)] + holds,
                        evidence: [GapEvidence(kind: .actor, actors: [subject], detail: .tieCount(actor: subject, count: count, home: home),
                                               sources: context.graph.actor(withID: subject)?.sources ?? [])]))
                }
            }
        }
        return result
    }
}
