import Testing
import StakeMapAnalysis

/// Gould–Fernandez roles against a brute-force count; Burt's measures against networkx.
@Suite("Brokerage")
struct BrokerageTests {
    /// Counts roles over every ordered triple (a, b, c) of distinct nodes.
    static func bruteForce(_ network: Network, groups: [Int32?]) -> [BrokerageCounts] {
        let n = network.nodeCount
        func arc(_ a: Int, _ b: Int) -> Bool { network.neighbors(of: Int32(a)).contains(Int32(b)) }
        var counts = [BrokerageCounts](repeating: BrokerageCounts(), count: n)
        for a in 0..<n { for b in 0..<n { for c in 0..<n where a != b && b != c && a != c {
            guard arc(a, b), arc(b, c), !arc(a, c), let ga = groups[a], let gb = groups[b], let gc = groups[c] else { continue }
            counts[b][BrokerageRole.of(source: ga, broker: gb, target: gc)] += 1
        } } }
        return counts
    }

    @Test("roles match a brute-force count over all triples on random graphs", arguments: Array(0..<12))
    func randomGraphs(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let n = Int.random(in: 3...14, using: &generator)
        let directed = seed % 2 == 0
        var edges = [NetworkEdge]()
        for u in 0..<n { for v in 0..<n where u != v && Double.random(in: 0..<1, using: &generator) < 0.25 {
            edges.append(NetworkEdge(source: Int32(u), target: Int32(v)))
        } }
        let network = Network(ids: (0..<n).map { "n\($0)" }, edges: edges, directed: directed)
        let groups: [Int32?] = (0..<n).map { node in node % 7 == 6 ? nil : Int32.random(in: 0..<3, using: &generator) }
        #expect(network.brokerageRoles(groups: groups) == Self.bruteForce(network, groups: groups))
    }

    @Test("the five roles on a directed two-path, and an undirected tie counts both ways")
    func roles() {
        let path = Network(ids: ["a", "b", "c"], edges: [NetworkEdge(source: 0, target: 1), NetworkEdge(source: 1, target: 2)], directed: true)
        let cases: [([Int32?], BrokerageRole)] = [([0, 0, 0], .coordinator), ([0, 1, 0], .itinerant), ([0, 1, 1], .gatekeeper),
                                                  ([0, 0, 1], .representative), ([0, 1, 2], .liaison)]
        for (groups, role) in cases {
            let counts = path.brokerageRoles(groups: groups)[1]
            #expect(counts[role] == 1 && counts.total == 1)
        }
        let undirected = Network(ids: ["a", "b", "c"], edges: [NetworkEdge(source: 0, target: 1), NetworkEdge(source: 1, target: 2)], directed: false)
        let counts = undirected.brokerageRoles(groups: [0, 0, 1])[1]
        #expect(counts.representative == 1 && counts.gatekeeper == 1 && counts.total == 2)
    }

    @Test("roles by an actor attribute; actors without a value are not counted")
    func byAttribute() {
        let graph = Net.graph([Net.actor("a", region: "east"), Net.actor("b", region: "east"), Net.actor("c", region: "south"), Net.actor("d")],
                              [Net.tie("a", "b", .supports), Net.tie("b", "c", .supports), Net.tie("b", "d", .supports)])
        let network = Network(graph, options: NetworkOptions(directed: true))
        let roles = network.brokerageRoles(in: graph, by: .region)
        #expect(roles.counts(for: "b")?.representative == 1)
        #expect(roles.counts(for: "b")?.total == 1)
        #expect(roles.groups == ["east", "east", "south", nil])
    }

    @Test("constraint and effective size match networkx on the karate club")
    func karate() throws {
        let fixture = try Fixture.load("karate")
        let holes = fixture.network().structuralHoles()
        for (index, id) in holes.constraint.ids.enumerated() {
            if let expected = fixture.measures.constraint[id] ?? nil { #expect(abs(holes.constraint.values[index] - expected) < 1e-9) }
            if let expected = fixture.measures.effectiveSize[id] ?? nil { #expect(abs(holes.effectiveSize.values[index] - expected) < 1e-9) }
        }
    }
}
