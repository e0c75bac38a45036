import Testing
import StakeMapAnalysis

/// A seedable generator for reproducible random networks (SplitMix64).
struct TestRandom {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }
}

/// A random network of 1–24 nodes: sparse or dense, directed or not, integer strengths 1–5,
/// with duplicate edges and self-loops thrown in (the view merges and drops them).
func randomNetwork(seed: Int, directed: Bool) -> Network {
    var random = TestRandom(state: UInt64(seed) &* 7919 &+ (directed ? 1 : 0))
    let n = 1 + random.below(24)
    let p = [0.05, 0.12, 0.25, 0.5][random.below(4)]
    var edges = [NetworkEdge]()
    for u in 0..<n {
        for v in 0..<n where random.chance(p) {
            edges.append(NetworkEdge(source: Int32(u), target: Int32(v), strength: Double(1 + random.below(5))))
        }
    }
    return Network(ids: (0..<n).map { "n\(String(format: "%02d", $0))" }, edges: edges, directed: directed)
}

/// Slow, obviously correct references computed from the edge list alone.
struct Reference {
    let n: Int
    let directed: Bool
    /// length[u][v] of the edge u→v, or nil.
    var length: [[Double?]]

    /// With `shortestParallel`, each edge's length comes from the smallest strength of its
    /// merged parallel ties (the shortest under `--length strength`), else from the largest.
    init(_ network: Network, shortestParallel: Bool = false, lengths: (Double) -> Double) {
        n = network.nodeCount
        directed = network.isDirected
        length = Array(repeating: Array(repeating: nil, count: n), count: n)
        for e in 0..<network.edgeCount {
            let (u, v) = (Int(network.edgeSources[e]), Int(network.edgeTargets[e]))
            length[u][v] = lengths(shortestParallel ? network.edgeMinimumWeights[e] : network.edgeWeights[e])
            if !directed { length[v][u] = length[u][v] }
        }
    }

    /// Floyd–Warshall distances.
    func distances() -> [[Double]] {
        var d = Array(repeating: Array(repeating: Double.infinity, count: n), count: n)
        for u in 0..<n {
            d[u][u] = 0
            for v in 0..<n { if let l = length[u][v] { d[u][v] = l } }
        }
        for k in 0..<n { for i in 0..<n { for j in 0..<n where d[i][k] + d[k][j] < d[i][j] { d[i][j] = d[i][k] + d[k][j] } } }
        return d
    }

    /// Shortest-path counts σ(s, t), by last edges of shortest paths in distance order.
    func pathCounts(_ d: [[Double]]) -> [[Double]] {
        var sigma = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        for s in 0..<n {
            sigma[s][s] = 1
            for t in (0..<n).sorted(by: { d[s][$0] < d[s][$1] }) where t != s && d[s][t].isFinite {
                for u in 0..<n { if let l = length[u][t], d[s][u] + l == d[s][t] { sigma[s][t] += sigma[s][u] } }
            }
        }
        return sigma
    }

    /// Betweenness by its definition: Σ over ordered pairs of σ(s,v)σ(v,t)/σ(s,t).
    func betweenness() -> [Double] {
        let d = distances(), sigma = pathCounts(d)
        var result = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for s in 0..<n where s != v {
                for t in 0..<n where t != v && t != s && d[s][t].isFinite && d[s][v] + d[v][t] == d[s][t] {
                    result[v] += sigma[s][v] * sigma[v][t] / sigma[s][t]
                }
            }
        }
        let scale = n > 2 ? 1 / Double((n - 1) * (n - 2)) : 1
        return result.map { $0 * scale }
    }

    /// Closeness to each node from those that reach it, Wasserman–Faust scaled.
    func closeness() -> [Double] {
        let d = distances()
        return (0..<n).map { v in
            let reaching = (0..<n).filter { $0 != v && d[$0][v].isFinite }
            let total = reaching.reduce(0.0) { $0 + d[$1][v] }
            guard total > 0, n > 1 else { return 0 }
            let r = Double(reaching.count)
            return r / total * r / Double(n - 1)
        }
    }

    /// Harmonic centrality: Σ 1/d from the others.
    func harmonic() -> [Double] {
        let d = distances()
        return (0..<n).map { v in (0..<n).filter { $0 != v && d[$0][v].isFinite }.reduce(0.0) { $0 + 1 / d[$1][v] } }
    }
}

/// Undirected adjacency sets of a network.
func neighbourSets(_ network: Network) -> [Set<Int>] {
    var sets = Array(repeating: Set<Int>(), count: network.nodeCount)
    for e in 0..<network.edgeCount {
        let (u, v) = (Int(network.edgeSources[e]), Int(network.edgeTargets[e]))
        sets[u].insert(v)
        sets[v].insert(u)
    }
    return sets
}

/// The number of connected components, leaving out `removedNode` and `removedEdge`.
func componentCount(_ sets: [Set<Int>], removedNode: Int? = nil, removedEdge: (Int, Int)? = nil) -> Int {
    var seen = Set<Int>(), count = 0
    for root in sets.indices where root != removedNode && !seen.contains(root) {
        count += 1
        var stack = [root]
        seen.insert(root)
        while let v = stack.popLast() {
            for w in sets[v] where w != removedNode && !seen.contains(w) {
                if let (a, b) = removedEdge, (a == v && b == w) || (a == w && b == v) { continue }
                seen.insert(w)
                stack.append(w)
            }
        }
    }
    return count
}

@Suite("Against slow references on random networks")
struct PropertyTests {
    static let seeds = Array(0..<150)

    func close(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($1)) }
    }

    @Test("betweenness, closeness, harmonic: hops and integer lengths", arguments: seeds)
    func paths(seed: Int) {
        for directed in [false, true] {
            let network = randomNetwork(seed: seed, directed: directed)
            let hops = Reference(network) { _ in 1 }
            #expect(close(network.betweenness().values, hops.betweenness()), "betweenness, seed \(seed), directed \(directed)")
            #expect(close(network.closeness().values, hops.closeness()), "closeness, seed \(seed)")
            #expect(close(network.harmonicCentrality().values, hops.harmonic()), "harmonic, seed \(seed)")
            let weighted = Reference(network, shortestParallel: true) { $0 }
            let metric = PathMetric.weighted(.strength)
            #expect(close(network.betweenness(metric: metric).values, weighted.betweenness()),
                    "weighted betweenness, seed \(seed), directed \(directed)")
            #expect(close(network.closeness(metric: metric).values, weighted.closeness()), "weighted closeness, seed \(seed)")
            #expect(close(network.harmonicCentrality(metric: metric).values, weighted.harmonic()),
                    "weighted harmonic, seed \(seed)")
        }
    }

    @Test("articulation points and bridges by brute-force removal", arguments: seeds)
    func cuts(seed: Int) {
        let network = randomNetwork(seed: seed, directed: seed % 3 == 0)
        let sets = neighbourSets(network)
        let base = componentCount(sets)
        let cuts = network.cuts()
        for v in 0..<network.nodeCount {
            let expected = componentCount(sets, removedNode: v) > base - (sets[v].isEmpty ? 1 : 0)
            #expect(cuts.isArticulationPoint[v] == expected, "node \(v), seed \(seed)")
        }
        var expectedBridges = [NodeEdge]()
        for u in sets.indices { for v in sets[u] where u < v && componentCount(sets, removedEdge: (u, v)) > base {
            expectedBridges.append(NodeEdge(Int32(u), Int32(v)))
        } }
        #expect(cuts.bridges == expectedBridges.sorted(), "bridges, seed \(seed)")
        #expect(network.components().count == base)
    }

    @Test("core numbers by repeated peeling; clustering by counting triangles", arguments: seeds)
    func coresAndClustering(seed: Int) {
        let network = randomNetwork(seed: seed, directed: false)
        let sets = neighbourSets(network)
        var expected = [Int](repeating: 0, count: network.nodeCount)
        var k = 0
        while true {
            // The k-core: peel nodes of degree < k until none is left to peel.
            var alive = Set(sets.indices)
            var changed = true
            while changed {
                changed = false
                for v in alive where sets[v].intersection(alive).count < k {
                    alive.remove(v)
                    changed = true
                }
            }
            if alive.isEmpty { break }
            for v in alive { expected[v] = k }
            k += 1
        }
        #expect(network.coreNumbers() == expected, "seed \(seed)")
        let clustering = network.clustering()
        for v in sets.indices {
            let list = Array(sets[v])
            var links = 0
            for i in list.indices { for j in list.indices where j > i && sets[list[i]].contains(list[j]) { links += 1 } }
            let degree = list.count
            let reference = degree < 2 ? 0 : 2 * Double(links) / Double(degree * (degree - 1))
            #expect(abs(clustering.coefficients.values[v] - reference) < 1e-12)
        }
    }

    @Test("Louvain is deterministic and its modularity is what it reports", arguments: Array(0..<40))
    func louvain(seed: Int) {
        let network = randomNetwork(seed: seed, directed: false)
        let result = network.louvain(seed: UInt64(seed))
        #expect(result == network.louvain(seed: UInt64(seed)))
        #expect(abs(network.modularity(of: result.communityOf) - result.modularity) < 1e-12)
        #expect(result.modularity >= network.modularity(of: [Int32](repeating: 0, count: network.nodeCount)) - 1e-12)
    }

    @Test("PageRank sums to one; personalized PageRank favours home", arguments: Array(0..<40))
    func pageRank(seed: Int) {
        let network = randomNetwork(seed: seed, directed: seed % 2 == 0)
        let ranks = network.pageRank().values
        #expect(abs(ranks.reduce(0, +) - 1) < 1e-9)
        let personalized = network.pageRank(home: [0]).values
        #expect(abs(personalized.reduce(0, +) - 1) < 1e-9)
        #expect(personalized[0] >= (1 - 0.85) - 1e-12)
    }
}
