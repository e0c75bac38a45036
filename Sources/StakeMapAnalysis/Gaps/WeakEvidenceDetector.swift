/// Reported or unverified ties on a critical path: a step of the warmest route from the home
/// to a target that rests only on ties that are not confirmed.
/// - Complexity: O(T · (n + m) log n) for `T` targets.
public struct WeakEvidenceDetector: GapDetector {
    /// Creates the detector.
    public init() {}

    /// `weak-evidence`.
    public var name: String { "weak-evidence" }

    /// The findings: one per weak step, naming the targets whose route uses it.
    public func findings(in context: GapContext) -> [GapFinding] {
        guard let home = context.home else { return [] }
        var targetsByStep = [String: [String]](), ties = [String: [Tie]](), order = [String]()
        for target in context.targets where !context.isCoveredByHolder(target) {
            guard let path = context.router.warmestPath(from: home, to: target) else { continue }
            for (a, b) in zip(path.actors, path.actors.dropFirst()) {
                if context.contacts.haveMet(a, b) && context.contacts.contacts(between: a, and: b).contains(where: { $0.tie?.confidence ?? .confirmed == .confirmed }) { continue }
                let between = context.ties.ties(between: a, and: b).filter { !GapContext.nonRelations.contains($0.kind) }
                guard !between.isEmpty, between.allSatisfy({ $0.confidence != .confirmed }) else { continue }
                let key = a + "\u{0}" + b
                if ties[key] == nil { order.append(key); ties[key] = between }
                targetsByStep[key, default: []].append(target)
            }
        }
        return order.map { key in
            let between = ties[key] ?? []
            let targets = targetsByStep[key] ?? []
            let levels = Set(between.map(\.confidence.rawValue)).sorted().joined(separator: "/")
            let (a, b) = (between.first?.from ?? "", between.first?.to ?? "")
            return GapFinding(
                detector: name, severity: between.contains { $0.confidence == .unverified } ? .high : .medium,
                actors: [a, b] + targets,
                message: "The route to \(context.names(targets)) relies on a \(levels) tie: \(context.name(a)) \(GapText.verb(between[0].kind)) \(context.name(b)).",
                suggestion: "Confirm the tie between \(context.name(a)) and \(context.name(b)) (and cite the source) before counting on it for an introduction.",
                evidence: between.map(context.evidence))
        }
    }
}
