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
        let network = context.relations
        var result = [Linker]()
        for node in 0..<network.nodeCount {
            let neighbours = network.neighbors(of: Int32(node)).map { Int($0) }
            guard let x = neighbours.first(where: { groupsOf[$0].contains(pair.0) }),
                  let y = neighbours.first(where: { groupsOf[$0].contains(pair.1) }),
                  !groupsOf[node].contains(pair.0), !groupsOf[node].contains(pair.1) else { continue }
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
        let describe = { (group: String, ids: [String]) -> String in
            let shown = ids.prefix(3).map(context.name)
            return "\(group) (\(GapText.list(shown))\(ids.count > 3 ? " and \(ids.count - 3) more" : ""))"
        }
        let described = GapText.list(zip(groups, inGroups).map { describe($0, $1) })
        let sizes = GapText.list(zip(groups, inGroups).map { "\($0) \(GapText.count($1.count, "actor"))" })
        var evidence = [GapEvidence(kind: .measure, text: "0 ties or shared events between \(attribute.rawValue) groups \(sizes)", actors: everyone)]
        for linker in linkers.prefix(2) {
            evidence += Set(linker.toward).sorted().compactMap { context.stepEvidence(linker.id, $0) }
        }
        if let linker = linkers.first, groups.count > 2 {
            for group in groups {
                guard let member = members[group]?.first(where: { context.relations.index(of: $0).map { context.relations.neighbors(of: $0).contains(context.relations.index(of: linker.id) ?? -1) } ?? false }),
                      !linker.toward.contains(member) else { continue }
                if let item = context.stepEvidence(linker.id, member) { evidence.append(item) }
            }
        }
        let via = linkers.prefix(3).map(\.id)
        let among = groups.count == 2 ? "between" : "among"
        let message = "No tie \(among) \(attribute.rawValue) \(described)"
            + (via.isEmpty ? ", and no one is tied to \(groups.count == 2 ? "both" : "them")." : "; they are linked only through \(context.names(via)).")
        let groupList = "\(attribute.rawValue) " + GapText.list(groups)
        let suggestion = via.first.map {
            "Ask \(context.name($0)) to bring \(groupList) together directly, e.g. a joint meeting or consultation."
        } ?? "Look for an actor who could connect \(groupList), and plan a first joint meeting."
        return GapFinding(detector: name, severity: involvesUs ? .medium : .low,
                          actors: via + inGroups.flatMap { $0.prefix(3) }, message: message, suggestion: suggestion, evidence: evidence)
    }

    private func key(_ a: String, _ b: String) -> String { a < b ? a + "\u{0}" + b : b + "\u{0}" + a }
}
