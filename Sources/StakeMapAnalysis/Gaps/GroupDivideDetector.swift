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
        let network = context.linkView
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
        // Pairs linked through the same actors are reported together when their groups are all
        // mutually unlinked ("no ties among east, south and west").
        var buckets = [(linkers: [Linker], groups: [String], pairs: [(String, String)])]()
        for pair in sized {
            let found = linkers(pair, groupsOf: groupsOf, context: context)
            let ids = found.prefix(3).map(\.id)
            if let index = buckets.firstIndex(where: { $0.linkers.prefix(3).map(\.id) == ids }) {
                let groups = Array(Set(buckets[index].groups + [pair.0, pair.1])).sorted()
                let complete = groups.allSatisfy { a in groups.allSatisfy { b in a == b || !linked.contains(key(a, b)) } }
                if complete {
                    buckets[index].groups = groups
                    buckets[index].pairs.append(pair)
                    continue
                }
            }
            buckets.append((found, [pair.0, pair.1], [pair]))
        }
        return buckets.prefix(8).map { finding(groups: $0.groups, linkers: $0.linkers, attribute: attribute, members: members, context: context) }
    }

    private struct Linker {
        let id: String
        let toward: [String]
    }

    /// Actors outside both groups tied to both, coalition members first, with one neighbour in each.
    private func linkers(_ pair: (String, String), groupsOf: [[String]], context: GapContext) -> [Linker] {
        // Linkers are found on the path view (no hostile ties), groups are indexed on the link view.
        let network = context.pathView
        let groups = { (node: Int) -> [String] in context.linkView.index(of: network.ids[node]).map { groupsOf[Int($0)] } ?? [] }
        var result = [Linker]()
        for node in 0..<network.nodeCount {
            let neighbours = network.neighbors(of: Int32(node)).map { Int($0) }
            guard let x = neighbours.first(where: { groups($0).contains(pair.0) }),
                  let y = neighbours.first(where: { groups($0).contains(pair.1) }),
                  !groups(node).contains(pair.0), !groups(node).contains(pair.1) else { continue }
            result.append(Linker(id: network.ids[node], toward: [network.ids[x], network.ids[y]]))
        }
        return result.sorted { (context.isInCoalition($1.id) ? 1 : 0, $0.id) < (context.isInCoalition($0.id) ? 1 : 0, $1.id) }
    }

    private func finding(groups: [String], linkers: [Linker], attribute: GroupAttribute, members: [String: [String]],
                         context: GapContext) -> GapFinding {
        let inGroups = groups.map { members[$0] ?? [] }
        let everyone = inGroups.flatMap { $0 }
        let involvesUs = everyone.contains { context.isInCoalition($0) || context.isTarget($0) }
            || linkers.contains { context.isInCoalition($0.id) }
        let samples = zip(groups, inGroups).map { GroupSample(value: $0, count: $1.count, shown: Array($1.prefix(3))) }
        var evidence = [GapEvidence(kind: .measure, actors: everyone, detail: .groupSizes(attribute: attribute, groups: samples))]
        for linker in linkers.prefix(3) {
            evidence += Set(linker.toward).sorted().compactMap { context.stepEvidence(linker.id, $0) }
        }
        let via = Array(linkers.prefix(3))
        var claims = [Claim]()
        for i in inGroups.indices {
            for j in inGroups.indices where j > i { claims.append(.noLink(a: inGroups[i], b: inGroups[j])) }
        }
        let field = attribute.rawValue
        for sample in samples {
            for id in sample.shown { claims.append(.attribute(actor: id, field: field, value: sample.value)) }
        }
        for linker in via where linker.toward.count == 2 {
            claims.append(.path(actors: [linker.toward[0], linker.id, linker.toward[1]]))
        }
        return GapFinding(detector: name, severity: involvesUs ? .medium : .low,
                          actors: via.map(\.id) + inGroups.flatMap { $0.prefix(3) },
                          fact: .groupDivide(attribute: attribute, groups: samples, linkers: via.map(\.id)),
                          claims: claims, evidence: evidence)
    }

    private func key(_ a: String, _ b: String) -> String { a < b ? a + "\u{0}" + b : b + "\u{0}" + a }
}
