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
            let label = subject == target ? context.name(target) : "\(context.name(target)) (held by \(context.name(subject)))"
            if !context.contacts.contacts(between: home, and: subject).isEmpty { continue }
            let members = context.coalition.dropFirst().filter { context.contacts.haveMet($0, subject) }
            if members.count == 1, let member = members.first {
                let contacts = context.contacts.contacts(between: member, and: subject)
                let when = contacts.first?.date.map { " (last in \($0))" } ?? ""
                result.append(GapFinding(
                    detector: name, severity: .medium, actors: [target, member, home],
                    message: "Only \(context.name(member)) has met \(label)\(when); \(context.name(home)) has no contact of its own, so access hangs on one member.",
                    suggestion: "Ask \(context.name(member)) to bring a \(context.name(home)) representative to its next meeting with \(context.name(subject)), so that the relationship is held by the coalition, not one member.",
                    evidence: contacts.prefix(3).map { context.evidence($0, of: member) }))
            } else if members.isEmpty {
                if let path = context.router.warmestPath(from: home, to: subject) {
                    let first = path.intermediaries.first ?? subject
                    let hint = context.introductionHint(from: home, to: subject).map { "; \($0)" } ?? ""
                    result.append(GapFinding(
                        detector: name, severity: .high, actors: [target] + path.intermediaries + [home],
                        message: "No one in \(context.name(home)) has ever met \(label); the warmest route runs through \(GapText.count(path.intermediaries.count, "intermediary", plural: "intermediaries")): \(context.route(path.actors)).",
                        suggestion: "Ask \(context.name(first)) for an introduction to \(context.name(subject))\(hint).",
                        evidence: context.pathEvidence(path.actors)))
                } else {
                    result.append(GapFinding(
                        detector: name, severity: .high, actors: [target, home],
                        message: "\(label) cannot be reached: no chain of relationships links \(context.name(home)) to them.",
                        suggestion: "Find a first contact: look for an actor who knows \(context.name(subject)) (a partner, a UN body, an embassy) and record the tie.",
                        evidence: [context.evidence(actor: subject, "\(context.name(subject)) has \(GapText.count(context.ties.ties(of: subject).count, "tie")) on record, none leading to \(context.name(home))")]))
                }
            }
        }
        return result
    }
}
