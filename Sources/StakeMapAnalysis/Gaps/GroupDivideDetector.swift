/// Groups with no ties between them — by region, kind, country, tag, gender or place (e.g. the
/// east with no tie to the south, civil society with no tie to government) — and who, if
/// anyone, links them indirectly.
///
/// With many groups (more than 6) only pairs where one side holds a coalition member are
/// considered (all pairs without a home); at most 8 findings, the largest gaps first.
/// - Complexity: O(m·g² + p·m) for `g` groups per actor and `p` pairs considered.
public struct GroupDivideDetector: GapDetector {
    /// Creates the detector.
    public init() {}

    /// `group-divide`.
    public var name: String { "group-divide" }

    /// The findings: one per pair of groups with no tie between them.
    public func findings(in context: GapContext) -> [GapFinding] {
        let attribute = context.options.groupBy
        let network = context.relations
        var groupsOf = [[String]](repeating: [], count: network.nodeCount)
        var members = [String: [String]]()
        for (node, id) in network.ids.enumerated() {
            guard let actor = context.graph.actor(withID: id) else { continue }
            groupsOf[node] = attribute.values(of: actor)
            for group in groupsOf[node] { members[group, default: []].append(id) }
        }
        let groups = members.keys.sorted()
        guard groups.count >= 2 else { return [] }
        var linked = Set<String>()
        for e in 0..<network.edgeCount {
            for a in groupsOf[Int(network.edgeSources[e])] {
                for b in groupsOf[Int(network.edgeTargets[e])] where a != b { linked.insert(key(a, b)) }
            }
        }
        let holdsCoalition = { (group: String) in (members[group] ?? []).contains(where: context.isInCoalition) }
        var pairs = [(String, String)]()
        for (i, a) in groups.enumerated() {
            for b in groups.dropFirst(i + 1) where !linked.contains(key(a, b)) {
                if groups.count > 6 && context.home != nil && !holdsCoalition(a) && !holdsCoalition(b) { continue }
                pairs.append((a, b))
            }
        }
        let sized = pairs.sorted {
            let (x, y) = ((members[$0.0]?.count ?? 0) * (members[$0.1]?.count ?? 0), (members[$1.0]?.count ?? 0) * (members[$1.1]?.count ?? 0))
            return x != y ? x > y : ($0.0, $0.1) < ($1.0, $1.1)
        }
        return sized.prefix(8).map { finding(for: $0, attribute: attribute, members: members, groupsOf: groupsOf, context: context) }
    }

    private func finding(for pair: (String, String), attribute: GroupAttribute, members: [String: [String]],
                         groupsOf: [[String]], context: GapContext) -> GapFinding {
        let network = context.relations
        let (a, b) = pair
        let (inA, inB) = (members[a] ?? [], members[b] ?? [])
        // Actors tied to both groups (outside both), with one tie to each as evidence.
        var linkers = [(id: String, toA: String, toB: String)]()
        for node in 0..<network.nodeCount {
            let neighbours = network.neighbors(of: Int32(node)).map { Int($0) }
            guard let x = neighbours.first(where: { groupsOf[$0].contains(a) }),
                  let y = neighbours.first(where: { groupsOf[$0].contains(b) }),
                  !groupsOf[node].contains(a), !groupsOf[node].contains(b) else { continue }
            linkers.append((network.ids[node], network.ids[x], network.ids[y]))
        }
        linkers.sort { (context.isInCoalition($1.id) ? 1 : 0, $0.id) < (context.isInCoalition($0.id) ? 1 : 0, $1.id) }
        let involvesUs = inA.contains(where: context.isInCoalition) || inB.contains(where: context.isInCoalition)
            || inA.contains(where: context.isTarget) || inB.contains(where: context.isTarget)
            || linkers.contains { context.isInCoalition($0.id) }
        let describe = { (group: String, ids: [String]) -> String in
            let shown = ids.prefix(3).map(context.name)
            return "\(attribute.rawValue) \(group) (\(GapText.list(shown))\(ids.count > 3 ? " and \(ids.count - 3) more" : ""))"
        }
        var evidence = [GapEvidence(kind: .measure, text: "0 ties or shared events between \(attribute.rawValue) \(a) (\(GapText.count(inA.count, "actor"))) and \(attribute.rawValue) \(b) (\(GapText.count(inB.count, "actor")))", actors: inA + inB)]
        for linker in linkers.prefix(2) {
            evidence += [context.stepEvidence(linker.id, linker.toA), context.stepEvidence(linker.id, linker.toB)].compactMap { $0 }
        }
        let via = linkers.prefix(3).map(\.id)
        let message = "No tie between \(describe(a, inA)) and \(describe(b, inB))"
            + (via.isEmpty ? ", and no one is tied to both." : "; they are linked only through \(context.names(via)).")
        let suggestion = via.first.map {
            "Ask \(context.name($0)) to bring \(attribute.rawValue) \(a) and \(attribute.rawValue) \(b) together directly, e.g. a joint meeting or consultation."
        } ?? "Look for an actor who could connect \(attribute.rawValue) \(a) and \(attribute.rawValue) \(b), and plan a first joint meeting."
        return GapFinding(detector: name, severity: involvesUs ? .medium : .low, actors: via + inA.prefix(3) + inB.prefix(3),
                          message: message, suggestion: suggestion, evidence: evidence)
    }

    private func key(_ a: String, _ b: String) -> String { a < b ? a + "\u{0}" + b : b + "\u{0}" + a }
}
