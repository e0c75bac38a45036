import Foundation
import Testing
import StakeMapAnalysis

/// Riondato–Kornaropoulos sampling against networkx's exact betweenness (and our exact one,
/// itself checked against networkx) on the reference networks and a generated one.
@Suite("Approximate betweenness")
struct ApproximateBetweennessTests {
    @Test("every value within ε of networkx's exact betweenness", arguments: Fixture.names)
    func withinEpsilon(name: String) throws {
        let fixture = try Fixture.load(name)
        let network = fixture.network()
        let epsilon = 0.03
        let approximate = network.approximateBetweenness(BetweennessApproximation(epsilon: epsilon, confidence: 0.9, seed: 1))
        #expect(approximate.samples > 0)
        for (index, id) in network.ids.enumerated() {
            let exact = try #require(fixture.measures.betweenness[id])
            #expect(abs(approximate.scores.values[index] - exact) <= epsilon, "\(id): \(approximate.scores.values[index]) vs \(exact)")
        }
        let weighted = network.approximateBetweenness(BetweennessApproximation(epsilon: epsilon, seed: 2), metric: .weighted(.inverse))
        for (index, id) in network.ids.enumerated() {
            let exact = try #require(fixture.measures.betweennessInverse[id])
            #expect(abs(weighted.scores.values[index] - exact) <= epsilon, "weighted \(id)")
        }
    }

    @Test("seeded and deterministic; a different seed samples differently")
    func deterministic() throws {
        let network = try Fixture.load("lesmis").network()
        let request = BetweennessApproximation(epsilon: 0.05, seed: 42)
        #expect(network.approximateBetweenness(request) == network.approximateBetweenness(request))
        let other = network.approximateBetweenness(BetweennessApproximation(epsilon: 0.05, seed: 43))
        #expect(other.scores.values != network.approximateBetweenness(request).scores.values)
    }

    @Test("a generated preferential-attachment network: within ε of the exact values")
    func generated() {
        // Barabási–Albert style growth, seeded: each new actor ties to 3 earlier ones by degree.
        var random = SeededGenerator(seed: 9)
        var ends = [Int32](), edges = [NetworkEdge]()
        let n = 1_500
        for node in 0..<n {
            var chosen = Set<Int32>()
            while node > 3 && chosen.count < 3 { chosen.insert(ends[Int(random.next() % UInt64(ends.count))]) }
            if node > 0 && node <= 3 { chosen.insert(Int32(node - 1)) }
            for other in chosen.sorted() {
                edges.append(NetworkEdge(source: Int32(node), target: other))
                ends += [Int32(node), other]
            }
        }
        let network = Network(ids: (0..<n).map { "n\($0)" }, edges: edges, directed: false)
        let exact = network.betweenness()
        let epsilon = 0.01
        let approximate = network.approximateBetweenness(BetweennessApproximation(epsilon: epsilon, seed: 3))
        let worst = zip(exact.values, approximate.scores.values).map { abs($0 - $1) }.max() ?? 0
        #expect(worst <= epsilon, "worst error \(worst)")
    }
}
