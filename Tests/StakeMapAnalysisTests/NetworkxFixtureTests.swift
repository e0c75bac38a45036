import Foundation
import Testing
import StakeMapAnalysis

/// Every measure against networkx's values on the reference networks, to 1e-9 per actor.
@Suite("Matches networkx")
struct NetworkxFixtureTests {
    static let tolerance = 1e-9

    func expectClose(_ scores: CentralityScores, _ expected: [String: Double], _ label: String,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(scores.ids.count == expected.count, "\(label): node count", sourceLocation: sourceLocation)
        var worst = 0.0, worstID = ""
        for (index, id) in scores.ids.enumerated() {
            guard let value = expected[id] else {
                Issue.record("\(label): no networkx value for \(id)", sourceLocation: sourceLocation)
                continue
            }
            let difference = abs(scores.values[index] - value)
            if !(difference <= worst) { (worst, worstID) = (difference, id) }
        }
        #expect(worst <= Self.tolerance, "\(label): worst difference \(worst) at \(worstID)",
                sourceLocation: sourceLocation)
    }

    func expectClose(_ scores: CentralityScores, optional expected: [String: Double?], _ label: String,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for (index, id) in scores.ids.enumerated() {
            let value = scores.values[index]
            switch expected[id] {
            case .some(.some(let reference)):
                #expect(abs(value - reference) <= Self.tolerance, "\(label) \(id): \(value) vs \(reference)",
                        sourceLocation: sourceLocation)
            case .some(.none):
                #expect(value.isNaN, "\(label) \(id): \(value) vs NaN", sourceLocation: sourceLocation)
            case .none:
                Issue.record("\(label): no networkx value for \(id)", sourceLocation: sourceLocation)
            }
        }
    }

    func expectClose(_ scores: EdgeScores, _ expected: [Fixture.Edge], in network: Network, _ label: String,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var reference = [String: Double]()
        for edge in expected {
            reference[network.isDirected ? "\(edge.source)→\(edge.target)" : [edge.source, edge.target].sorted().joined(separator: "—")] = edge.value
        }
        #expect(scores.values.count == expected.count, "\(label): edge count", sourceLocation: sourceLocation)
        for e in scores.values.indices {
            let (u, v) = (network.ids[Int(scores.sources[e])], network.ids[Int(scores.targets[e])])
            let key = network.isDirected ? "\(u)→\(v)" : [u, v].sorted().joined(separator: "—")
            guard let value = reference[key] else {
                Issue.record("\(label): no networkx value for \(key)", sourceLocation: sourceLocation)
                continue
            }
            #expect(abs(scores.values[e] - value) <= Self.tolerance, "\(label) \(key): \(scores.values[e]) vs \(value)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test("degree and strength", arguments: Fixture.names)
    func degree(name: String) throws {
        let fixture = try Fixture.load(name)
        let network = fixture.network()
        expectClose(network.degreeCentrality(), fixture.measures.degree, "degree")
        expectClose(network.strength(), fixture.measures.strength, "strength")
        if let inDegree = fixture.measures.inDegree, let outDegree = fixture.measures.outDegree {
            expectClose(network.inDegreeCentrality(), inDegree, "in-degree")
            expectClose(network.outDegreeCentrality(), outDegree, "out-degree")
        }
        #expect(abs(network.density - fixture.measures.density) <= Self.tolerance)
    }

    @Test("betweenness, unweighted and weighted", arguments: Fixture.names)
    func betweenness(name: String) throws {
        let fixture = try Fixture.load(name)
        let network = fixture.network()
        let m = fixture.measures
        expectClose(network.betweenness(), m.betweenness, "betweenness")
        expectClose(network.betweenness(metric: .weighted(.inverse)), m.betweennessInverse, "betweenness 1/strength")
        expectClose(network.betweenness(metric: .weighted(.strength)), m.betweennessStrength, "betweenness strength")
    }

    @Test("edge betweenness", arguments: Fixture.names)
    func edgeBetweenness(name: String) throws {
        let fixture = try Fixture.load(name)
        let network = fixture.network()
        let m = fixture.measures
        expectClose(network.edgeBetweenness(), m.edgeBetweenness, in: network, "edge betweenness")
        expectClose(network.edgeBetweenness(metric: .weighted(.inverse)), m.edgeBetweennessInverse, in: network,
                    "edge betweenness 1/strength")
        expectClose(network.edgeBetweenness(metric: .weighted(.strength)), m.edgeBetweennessStrength, in: network,
                    "edge betweenness strength")
    }

    @Test("closeness and harmonic", arguments: Fixture.names)
    func closeness(name: String) throws {
        let fixture = try Fixture.load(name)
        let network = fixture.network()
        let m = fixture.measures
        expectClose(network.closeness(), m.closeness, "closeness")
        expectClose(network.closeness(metric: .weighted(.inverse)), m.closenessInverse, "closeness 1/strength")
        expectClose(network.closeness(metric: .weighted(.strength)), m.closenessStrength, "closeness strength")
        expectClose(network.harmonicCentrality(), m.harmonic, "harmonic")
        expectClose(network.harmonicCentrality(metric: .weighted(.inverse)), m.harmonicInverse, "harmonic 1/strength")
        expectClose(network.harmonicCentrality(metric: .weighted(.strength)), m.harmonicStrength, "harmonic strength")
    }

    @Test("eigenvector, including the bipartite Southern Women", arguments: Fixture.names)
    func eigenvector(name: String) throws {
        let fixture = try Fixture.load(name)
        let network = fixture.network()
        let plain = network.eigenvectorCentrality()
        if let expected = fixture.measures.eigenvector {
            expectClose(plain, expected, "eigenvector")
            #expect(plain.converged)
        } else {
            // networkx raised PowerIterationFailedConvergence: no plain number from us either.
            #expect(!plain.converged, "eigenvector should report non-convergence where networkx raises")
        }
        if let expected = fixture.measures.eigenvectorWeighted {
            expectClose(network.eigenvectorCentrality(weighted: true), expected, "eigenvector weighted")
        }
    }

    @Test("PageRank and personalized PageRank", arguments: Fixture.names)
    func pageRank(name: String) throws {
        let fixture = try Fixture.load(name)
        let network = fixture.network()
        expectClose(network.pageRank(), fixture.measures.pagerank, "pagerank")
        let home = try #require(network.index(of: fixture.measures.pagerankHome))
        expectClose(network.pageRank(home: [home]), fixture.measures.pagerankPersonalized, "personalized pagerank")
        expectClose(network.pageRank(weighted: false), fixture.measures.pagerankUnweighted, "pagerank weight=None")
        expectClose(network.pageRank(home: [home], weighted: false), fixture.measures.pagerankPersonalizedUnweighted,
                    "personalized pagerank weight=None")
    }

    @Test("average clustering, eccentricity, radius, degree histogram", arguments: Fixture.names)
    func extent(name: String) throws {
        let fixture = try Fixture.load(name)
        let network = fixture.network()
        let m = fixture.measures
        #expect(abs(network.clustering().average - m.averageClustering) <= Self.tolerance)
        let extent = network.extent()
        expectClose(extent.eccentricity, m.eccentricity.mapValues(Double.init), "eccentricity")
        #expect(extent.diameter == m.diameter)
        #expect(extent.radius == m.radius)
        #expect(network.degreeHistogram() == m.degreeHistogram)
    }

    @Test("clustering, transitivity, core numbers, diameter", arguments: Fixture.names)
    func structure(name: String) throws {
        let fixture = try Fixture.load(name)
        let network = fixture.network()
        let m = fixture.measures
        let clustering = network.clustering()
        expectClose(clustering.coefficients, m.clustering, "clustering")
        #expect(abs(clustering.transitivity - m.transitivity) <= Self.tolerance)
        let cores = network.coreNumbers()
        for (index, id) in network.ids.enumerated() {
            #expect(cores[index] == m.coreNumber[id], "core number of \(id)")
        }
        #expect(network.diameter() == m.diameter)
    }

    @Test("components, articulation points, bridges", arguments: Fixture.names)
    func cuts(name: String) throws {
        let fixture = try Fixture.load(name)
        let network = fixture.network()
        let m = fixture.measures
        func named(_ parts: Components) -> [[String]] {
            parts.members().map { $0.map { network.ids[Int($0)] }.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
        }
        #expect(named(network.components()) == m.components)
        if let strong = m.strongComponents {
            #expect(named(network.strongComponents()) == strong)
        }
        let cuts = network.cuts()
        #expect(cuts.articulationPoints.map { network.ids[Int($0)] }.sorted() == m.articulationPoints)
        let bridges = cuts.bridges.map { [network.ids[Int($0.source)], network.ids[Int($0.target)]].sorted() }
        #expect(bridges.sorted { $0.lexicographicallyPrecedes($1) } == m.bridges)
    }

    @Test("Burt's constraint and effective size", arguments: Fixture.names)
    func structuralHoles(name: String) throws {
        let fixture = try Fixture.load(name)
        let network = fixture.network()
        let m = fixture.measures
        let plain = network.structuralHoles()
        expectClose(plain.constraint, optional: m.constraint, "constraint")
        expectClose(plain.effectiveSize, optional: m.effectiveSize, "effective size")
        let weighted = network.structuralHoles(weighted: true)
        expectClose(weighted.constraint, optional: m.constraintWeighted, "weighted constraint")
        expectClose(weighted.effectiveSize, optional: m.effectiveSizeWeighted, "weighted effective size")
    }

    @Test("Louvain reaches networkx's best modularity over seeds 0, 1, 2", arguments: Fixture.names)
    func louvain(name: String) throws {
        let fixture = try Fixture.load(name)
        let network = fixture.network()
        let communities = network.louvain(seed: 0)
        let reference = try #require(fixture.measures.louvainModularity.values.max())
        #expect(communities.modularity >= reference - 1e-12, "modularity \(communities.modularity) vs networkx \(reference)")
        let undirected = network.undirected()
        #expect(abs(undirected.modularity(of: communities.communityOf) - communities.modularity) <= 1e-12)
        #expect(network.louvain(seed: 0) == communities, "deterministic for a seed")
    }
}
