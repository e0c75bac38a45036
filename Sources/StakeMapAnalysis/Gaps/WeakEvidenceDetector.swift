/// Reported or unverified ties on a critical path: a step of the warmest route from the home
/// to a target that the two never met and that rests only on ties that are not confirmed.
/// - Complexity: O(T · (n + m) log n) for `T` targets.
public struct WeakEvidenceDetector: GapDetector {
    /// Creates the detector.
    public init() {}

    /// `weak-evidence`.
    public var name: String { "weak-evidence" }

    /// The findings: one per weak step, naming the targets whose route uses it.
    public func findings(in context: GapContext) -> [GapFinding] {
        guard let home = context.home else { return [] }
        var targetsByStep = [String: [String]](), ties = [String: [Tie]](), routes = [String: [[String]]](), order = [String]()
        for target in context.targets where !context.isCoveredByHolder(target) {
            guard let path = context.router.warmestPath(from: home, to: target) else { continue }
            for (a, b) in zip(path.actors, path.actors.dropFirst()) {
                if context.contacts.haveMet(a, b) { continue }
                let between = context.ties.ties(between: a, and: b).filter { $0.kind != .threatens && $0.kind != .opposes }
                guard !between.isEmpty, between.allSatisfy({ $0.confidence != .confirmed }) else { continue }
                let key = a + "\u{0}" + b
                if ties[key] == nil { order.append(key); ties[key] = between }
                routes[key, default: []].append(path.actors)
                targetsByStep[key, default: []].append(target)
            }
        }
        return order.map { key in
            let between = ties[key] ?? []
            let targets = targetsByStep[key] ?? []
            let levels = Array(Set(between.map(\.confidence))).sorted { $0.rawValue < $1.rawValue }
            let (a, b) = (between[0].from, between[0].to)
            return GapFinding(
                detector: name, severity: between.contains { $0.confidence == .unverified } ? .high : .medium,
                actors: [a, b] + targets,
                fact: .weakTie(a: a, b: b, kind: between[0].kind, levels: levels, targets: targets),
                claims: between.map { .tie(from: $0.from, to: $0.to, kind: $0.kind, confidence: $0.confidence) }
                    + [.notMet(a: a, b: b)] + (routes[key] ?? []).map { .path(actors: $0) },
                evidence: between.map(context.evidence))
        }
    }
}
