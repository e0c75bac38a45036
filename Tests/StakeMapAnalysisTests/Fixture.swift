import Foundation
import StakeMapAnalysis

/// A reference network with networkx's values, written by scripts/make-analysis-fixtures.py.
struct Fixture: Decodable {
    /// An edge `[u, v, weight]`, or an edge value `[u, v, value]`.
    struct Edge: Decodable {
        let source: String
        let target: String
        let value: Double

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            source = try container.decode(String.self)
            target = try container.decode(String.self)
            value = try container.decode(Double.self)
        }
    }

    /// networkx's values.
    struct Measures: Decodable {
        let degree: [String: Double]
        let inDegree: [String: Double]?
        let outDegree: [String: Double]?
        let strength: [String: Double]
        let betweenness, betweennessInverse, betweennessStrength: [String: Double]
        let edgeBetweenness, edgeBetweennessInverse, edgeBetweennessStrength: [Edge]
        let closeness, closenessInverse, closenessStrength: [String: Double]
        let harmonic, harmonicInverse, harmonicStrength: [String: Double]
        let eigenvector, eigenvectorWeighted: [String: Double]?
        let pagerank: [String: Double]
        let pagerankHome: String
        let pagerankPersonalized: [String: Double]
        let clustering: [String: Double]
        let transitivity: Double
        let coreNumber: [String: Int]
        let components: [[String]]
        let strongComponents: [[String]]?
        let articulationPoints: [String]
        let bridges: [[String]]
        let constraint, constraintWeighted, effectiveSize, effectiveSizeWeighted: [String: Double?]
        let density: Double
        let diameter: Int
        let louvainModularity: [String: Double]
        let pagerankUnweighted, pagerankPersonalizedUnweighted: [String: Double]
        let averageClustering: Double
        let degreeHistogram: [Int]
        let eccentricity: [String: Int]
        let radius: Int
    }

    let name: String
    let directed: Bool
    let nodes: [String]
    let edges: [Edge]
    let measures: Measures

    /// The fixture names (files `NAME.json` in Fixtures/).
    static let names = ["karate", "florentine", "lesmis", "davis", "directed", "growing"]

    /// Loads `NAME.json` from the test bundle.
    static func load(_ name: String) throws -> Fixture {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Fixture.self, from: Data(contentsOf: url))
    }

    /// The network built directly from the node and edge lists.
    func network() -> Network {
        let position = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, Int32($0)) })
        let list = edges.compactMap { edge -> NetworkEdge? in
            guard let u = position[edge.source], let v = position[edge.target] else { return nil }
            return NetworkEdge(source: u, target: v, strength: edge.value)
        }
        return Network(ids: nodes, edges: list, directed: directed)
    }
}
