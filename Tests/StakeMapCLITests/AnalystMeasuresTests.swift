import Foundation
import Testing

/// Issue 16 through the binary: the new measures, the one weighting rule, no silent wrong
/// answers and direction from foreign files, each against networkx's values in the fixtures
/// written by scripts/make-analysis-fixtures.py.
@Suite("analyst measures against networkx, through the binary")
struct AnalystMeasuresTests {
    static let fixtures = StakeMapBinary.repository.appendingPathComponent("Tests/StakeMapAnalysisTests/Fixtures")

    static func reference(_ name: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: fixtures.appendingPathComponent("\(name).json")))
        return try #require(object as? [String: Any])
    }

    static func graphml(_ name: String) -> String { fixtures.appendingPathComponent("\(name).graphml").path }

    /// `centrality … --format json`'s values of `measure`.
    static func centrality(_ arguments: [String], measure: String) throws -> [String: Double] {
        let result = try StakeMapBinary.run(["centrality"] + arguments + ["--measure", measure, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require((output["measures"] as? [String: Any])?[measure] as? [String: Double])
    }

    /// Every networkx value matched to 1e-9 (ids slugged as the GraphML reader does).
    static func expectMatch(_ mine: [String: Double], _ expected: [String: Double], _ label: String, tolerance: Double = 1e-9,
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(mine.count == expected.count, "\(label): \(mine.count) actors vs \(expected.count)", sourceLocation: sourceLocation)
        let slug = { (id: String) in id.lowercased().replacingOccurrences(of: " ", with: "-").filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" } }
        for (id, value) in expected {
            let mine = mine[id] ?? mine[slug(id)]
            #expect(mine != nil && abs((mine ?? .nan) - value) < tolerance, "\(label) \(id): \(mine ?? .nan) vs networkx \(value)",
                    sourceLocation: sourceLocation)
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let fixture: String
        let arguments: [String]
        let measure: String
        let expected: String
        var testDescription: String { "\(fixture) \(measure) \(arguments.joined(separator: " ")) = \(expected)" }
    }

    static let cases: [Case] = ["karate", "lesmis", "davis"].flatMap { fixture in [
        Case(fixture: fixture, arguments: [], measure: "core", expected: "core_number"),
        Case(fixture: fixture, arguments: [], measure: "clustering", expected: "clustering"),
        Case(fixture: fixture, arguments: [], measure: "eccentricity", expected: "eccentricity"),
        Case(fixture: fixture, arguments: [], measure: "pagerank", expected: "pagerank_unweighted"),
        Case(fixture: fixture, arguments: ["--weighted"], measure: "pagerank", expected: "pagerank"),
    ] } + [
        // A networkx DiGraph's GraphML keeps its direction (edgedefault="directed", no kinds).
        Case(fixture: "directed", arguments: ["--directed"], measure: "indegree", expected: "in_degree"),
        Case(fixture: "directed", arguments: ["--directed"], measure: "outdegree", expected: "out_degree"),
        Case(fixture: "directed", arguments: ["--directed"], measure: "betweenness", expected: "betweenness"),
        Case(fixture: "directed", arguments: ["--directed"], measure: "closeness", expected: "closeness"),
        Case(fixture: "directed", arguments: ["--directed"], measure: "pagerank", expected: "pagerank_unweighted"),
        Case(fixture: "directed", arguments: ["--directed", "--weighted"], measure: "pagerank", expected: "pagerank"),
        Case(fixture: "directed", arguments: ["--directed"], measure: "core", expected: "core_number"),
        Case(fixture: "growing", arguments: ["--directed"], measure: "betweenness", expected: "betweenness"),
        Case(fixture: "growing", arguments: ["--directed", "--weighted", "--length", "strength"], measure: "closeness",
             expected: "closeness_strength"),
    ]

    @Test("matches networkx to 1e-9 per actor", arguments: cases)
    func matches(_ testCase: Case) throws {
        let measures = try #require(try Self.reference(testCase.fixture)["measures"] as? [String: Any])
        let raw = try #require(measures[testCase.expected] as? [String: Any], "no '\(testCase.expected)'")
        let expected = raw.compactMapValues { ($0 as? NSNumber)?.doubleValue }
        let mine = try Self.centrality([Self.graphml(testCase.fixture)] + testCase.arguments, measure: testCase.measure)
        Self.expectMatch(mine, expected, testCase.expected)
    }

    @Test("a networkx DiGraph's GEXF (defaultedgetype=\"directed\") keeps its direction", arguments: ["directed", "growing"])
    func gexfDirection(_ fixture: String) throws {
        let measures = try #require(try Self.reference(fixture)["measures"] as? [String: Any])
        let file = Self.fixtures.appendingPathComponent("\(fixture).gexf").path
        for (measure, key) in [("indegree", "in_degree"), ("outdegree", "out_degree"), ("betweenness", "betweenness")] {
            let expected = try #require(measures[key] as? [String: Double])
            Self.expectMatch(try Self.centrality([file, "--directed"], measure: measure), expected, "gexf \(key)")
        }
    }

    @Test("personalized PageRank follows --weighted; --home takes the foreign id a file gave")
    func personalized() throws {
        let measures = try #require(try Self.reference("lesmis")["measures"] as? [String: Any])
        let home = try #require(measures["pagerank_home"] as? String)
        for (arguments, key) in [([String](), "pagerank_personalized_unweighted"), (["--weighted"], "pagerank_personalized")] {
            let expected = try #require(measures[key] as? [String: Double])
            // `home` is the networkx node id (e.g. "Anzelma"); the actor id is its slug.
            let mine = try Self.centrality([Self.graphml("lesmis"), "--home", home] + arguments, measure: "pagerank")
            Self.expectMatch(mine, expected, key)
        }
    }

    @Test("an unknown actor exits 1 wherever an actor is named")
    func unknownActor() throws {
        let centrality = try StakeMapBinary.run(["centrality", Self.graphml("karate"), "--measure", "pagerank", "--home", "nobody-here"])
        #expect(centrality.status == 1, "\(centrality.stderr)")
        #expect(centrality.stderr.contains("nobody-here"))
        let suggest = try StakeMapBinary.run(["suggest", "graphs/libya-wps.yaml", "--home", "nobody-here"])
        #expect(suggest.status == 1, "\(suggest.stderr)")
        let scratch = Scratch()
        let render = try StakeMapBinary.run(["render", "graphs/libya-wps.yaml", "-o", scratch.path("map.svg"), "--highlight", "twbi,nobody-here"])
        #expect(render.status == 1, "\(render.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("map.svg")))
    }

    @Test("eigenvector on a network with no dominant eigenvector exits 1, never a plain number")
    func nonConvergence() throws {
        let result = try StakeMapBinary.run(["centrality", Self.graphml("growing"), "--directed", "--measure", "eigenvector"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("did not converge"))
        #expect(result.stdout.isEmpty)
    }

    @Test("parallel ties count as the shortest under either length convention (networkx MultiGraph)")
    func parallelTies() throws {
        let measures = try #require(try Self.reference("parallel")["measures"] as? [String: Any])
        for (arguments, suffix) in [(["--weighted"], "inverse"), (["--weighted", "--length", "strength"], "strength")] {
            for measure in ["betweenness", "closeness"] {
                let expected = try #require(measures["\(measure)_\(suffix)"] as? [String: Double])
                let mine = try Self.centrality([Self.graphml("parallel")] + arguments, measure: measure)
                Self.expectMatch(mine, expected, "\(measure) \(suffix)")
            }
        }
    }

    @Test("stats gains transitivity, average clustering, diameter, radius, density, degree distribution", arguments: ["karate", "lesmis", "davis", "directed"])
    func stats(_ fixture: String) throws {
        let m = try #require(try Self.reference(fixture)["measures"] as? [String: Any])
        let result = try StakeMapBinary.run(["stats", Self.graphml(fixture), "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let stats = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["transitivity", "average_clustering"] {
            let mine = try #require(stats[key] as? Double), expected = try #require(m[key] as? Double)
            #expect(abs(mine - expected) < 1e-9, "\(key): \(mine) vs \(expected)")
        }
        #expect(stats["diameter"] as? Int == m["diameter"] as? Int)
        #expect(stats["radius"] as? Int == m["radius"] as? Int)
        if fixture != "directed" {
            // Undirected view: networkx's density and degree histogram of the same graph.
            let density = try #require(stats["density"] as? Double)
            #expect(abs(density - (m["density"] as? Double ?? .nan)) < 1e-12)
            #expect(stats["degree_distribution"] as? [Int] == m["degree_histogram"] as? [Int])
        }
    }

    @Test("brokers --directed: Burt's constraint and effective size on DiGraphs, actors with only incoming ties included",
          arguments: ["directed", "growing"])
    func directedBurt(_ fixture: String) throws {
        let m = try #require(try Self.reference(fixture)["measures"] as? [String: Any])
        for (arguments, suffix) in [([String](), ""), (["--weighted"], "_weighted")] {
            let result = try StakeMapBinary.run(["brokers", Self.graphml(fixture), "--directed", "--format", "json"] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            let output = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let actors = try #require(output["actors"] as? [String: [String: Any]])
            for (key, field) in [("constraint", "constraint"), ("effective_size", "effective_size")] {
                let expected = try #require(m[key + suffix] as? [String: Any])
                for (id, value) in expected {
                    let mine = actors[id]?[field] as? Double
                    if let value = value as? Double {
                        #expect(mine != nil && abs((mine ?? .nan) - value) < 1e-9, "\(key)\(suffix) \(id): \(mine ?? .nan) vs \(value)")
                    } else {
                        #expect(mine == nil, "\(key)\(suffix) \(id): \(mine ?? .nan) vs NaN")
                    }
                }
            }
        }
    }
}
