/// Brokers the coalition depends on: single actors whose loss would cut the home off from a
/// target, split the coalition, or cut it off from a large part of the network.
///
/// Uses the path view (as `path` searches: every tie but `threatens` and `opposes`, plus
/// events), so that each "only link" is what `path --avoid` confirms; articulation points and
/// the Gould–Fernandez roles by kind as evidence.
/// - Complexity: O(T·L·(n + m)) for the targets plus O(a·(n + m)) for `a` articulation points
///   (at most 200 are examined).
public struct BrokerDependencyDetector: GapDetector {
    /// Creates the detector.
    public init() {}

    /// `broker-dependency`.
    public var name: String { "broker-dependency" }

    /// The findings: cut-off targets by broker, coalition splits, large cut-offs.
    public func findings(in context: GapContext) -> [GapFinding] {
        guard let home = context.home, let homeNode = context.pathView.index(of: home) else { return [] }
        return targetCuts(context, home: home) + coalitionSplits(context, home: home)
            + largeCuts(context, home: home, homeNode: homeNode)
    }

    private func targetCuts(_ context: GapContext, home: String) -> [GapFinding] {
        var cutTargets = [String: [String]](), order = [String]()
        for target in context.targets where !context.isCoveredByHolder(target) && !context.isInCoalition(target) {
            let subject = context.reachableSubject(of: target)
            // The sole member who met the target is reported by target-reach.
            let metBy = context.coalition.filter { context.contacts.haveMet($0, subject) }
            for separator in context.separators(home, target) {
                if separator == subject || (metBy.count == 1 && metBy.first == separator) { continue }
                if cutTargets[separator] == nil { order.append(separator) }
                cutTargets[separator, default: []].append(target)
            }
        }
        return order.map { broker in
            let targets = cutTargets[broker] ?? []
            let member = context.isInCoalition(broker)
            var evidence = [GapEvidence]()
            if let first = targets.first, let path = context.router.warmestPath(from: home, to: first) {
                evidence += context.pathEvidence(path.actors)
            }
            if let roles = context.rolesEvidence(broker) { evidence.append(roles) }
            return GapFinding(
                detector: name, severity: member ? .medium : .high, actors: [broker] + targets + [home],
                fact: .soleBroker(broker: broker, home: home, targets: targets, isMember: member),
                claims: targets.map { .onlyThrough(from: home, to: $0, through: broker) },
                evidence: evidence)
        }
    }

    private func coalitionSplits(_ context: GapContext, home: String) -> [GapFinding] {
        guard context.coalition.count >= 3 else { return [] }
        var cut = [String: [String]](), order = [String]()
        for member in context.coalition.dropFirst() {
            for separator in context.separators(home, member) {
                if cut[separator] == nil { order.append(separator) }
                cut[separator, default: []].append(member)
            }
        }
        return order.map { broker in
            let members = cut[broker] ?? []
            return GapFinding(
                detector: name, severity: .medium, actors: [broker, home] + members,
                fact: .coalitionBroker(broker: broker, home: home, members: members),
                claims: members.map { .onlyThrough(from: home, to: $0, through: broker) },
                evidence: context.rolesEvidence(broker).map { [$0] } ?? [])
        }
    }

    private func largeCuts(_ context: GapContext, home: String, homeNode: Int32) -> [GapFinding] {
        let network = context.pathView
        let reachable = reach(network, from: homeNode, avoiding: -1)
        var scored = [(broker: String, cut: [String])]()
        for point in network.articulationPoints().prefix(200) where point != homeNode && reachable[Int(point)] {
            let id = network.ids[Int(point)]
            if context.isTarget(id) { continue }
            let without = reach(network, from: homeNode, avoiding: point)
            let cut = (0..<network.nodeCount).filter { reachable[$0] && !without[$0] && $0 != Int(point) }.map { network.ids[$0] }
            if cut.count >= 3 && !cut.contains(where: context.isTarget) { scored.append((id, cut)) }
        }
        var reported = [Set<String>]()
        let distinct = scored.sorted { ($1.cut.count, $0.broker) < ($0.cut.count, $1.broker) }.filter { item in
            let set = Set(item.cut)
            if reported.contains(where: { set.isSubset(of: $0) }) { return false }
            reported.append(set.union([item.broker]))
            return true
        }
        return distinct.prefix(3).map { item in
            let influential = item.cut.sorted {
                (context.graph.actor(withID: $1)?.influence ?? 0, $0) < (context.graph.actor(withID: $0)?.influence ?? 0, $1)
            }
            let shown = Array(influential.prefix(4))
            let isGroup = context.graph.actor(withID: item.broker)?.kind == .community
            return GapFinding(
                detector: name, severity: .low, actors: [item.broker, home] + shown,
                fact: .partCutOff(broker: item.broker, home: home, count: item.cut.count, shown: shown, isGroup: isGroup),
                claims: item.cut.map { .onlyThrough(from: home, to: $0, through: item.broker) },
                evidence: context.rolesEvidence(item.broker).map { [$0] } ?? [])
        }
    }

    private func reach(_ network: Network, from source: Int32, avoiding blocked: Int32) -> [Bool] {
        var seen = [Bool](repeating: false, count: network.nodeCount)
        var queue = [source]
        seen[Int(source)] = true
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for w in network.neighbors(of: v) where w != blocked && !seen[Int(w)] {
                seen[Int(w)] = true
                queue.append(w)
            }
        }
        return seen
    }
}
