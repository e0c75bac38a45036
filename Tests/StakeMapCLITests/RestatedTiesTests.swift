import Foundation
import Testing

/// Issue 11: a foreign multigraph (a tie restated with two strengths: same ends, kind and date)
/// converted to native YAML is one tie per restated tie, with the strongest statement's values,
/// so that the analysis of the YAML equals the analysis of the GraphML (which keeps the parallel
/// ties, as a networkx MultiGraph does) — except under `--length strength`, where the weaker tie
/// was the shorter, as the warning says. Checked against networkx.
@Suite("Restated ties keep the analysis", .serialized)
struct RestatedTiesTests {
    static let graphml = AnalystMeasuresTests.graphml("parallel")

    /// The YAML `convert` writes from the parallel fixture, and its warnings.
    static func converted(_ scratch: Scratch) throws -> (path: String, stderr: String) {
        let path = scratch.path("parallel.yaml")
        let result = try StakeMapBinary.run(["convert", graphml, "-o", path])
        #expect(result.status == 0, "\(result.stderr)")
        return (path, result.stderr)
    }

    @Test("the warning names the values dropped, the value kept and what differs")
    func warning() throws {
        let scratch = Scratch()
        let stderr = try Self.converted(scratch).stderr
        #expect(stderr.contains("values were dropped from ties stated twice"), "\(stderr)")
        #expect(stderr.contains("0→2 weight 2, strength 2 (kept weight 4, strength 4)"), "\(stderr)")
        #expect(stderr.contains("strongest statement's values"), "\(stderr)")
        #expect(stderr.contains("except with --length strength"), "\(stderr)")
    }

    @Test("under --lang ar the warning is in Arabic, the values as the file writes them")
    func arabicWarning() throws {
        let scratch = Scratch()
        let result = try StakeMapBinary.run(["convert", Self.graphml, "-o", scratch.path("parallel.yaml"), "--lang", "ar"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("تحذير: أُسقطت قيمٌ من علاقات ذُكرت مرتين"), "\(result.stderr)")
        #expect(result.stderr.contains("\u{2068}weight 2, strength 2\u{2069} (وبقي \u{2068}weight 4, strength 4\u{2069})"), "\(result.stderr)")
        #expect(!result.stderr.contains("values were dropped"), "\(result.stderr)")
    }

    @Test("centrality of the YAML equals centrality of the GraphML and networkx's MultiGraph (1/strength lengths, weights, hops)")
    func sameAnalysis() throws {
        let scratch = Scratch()
        let yaml = try Self.converted(scratch).path
        let reference = try #require(try AnalystMeasuresTests.reference("parallel")["measures"] as? [String: Any])
        for measure in ["betweenness", "closeness"] {
            let expected = try #require(reference["\(measure)_inverse"] as? [String: Double])
            let fromYAML = try AnalystMeasuresTests.centrality([yaml, "--weighted"], measure: measure)
            AnalystMeasuresTests.expectMatch(fromYAML, expected, "yaml \(measure)")
        }
        for (arguments, measure) in [([String](), "degree"), ([], "betweenness"), (["--weighted"], "pagerank"),
                                     (["--weighted"], "eigenvector"), ([], "closeness")] {
            let fromGraphML = try AnalystMeasuresTests.centrality([Self.graphml] + arguments, measure: measure)
            let fromYAML = try AnalystMeasuresTests.centrality([yaml] + arguments, measure: measure)
            AnalystMeasuresTests.expectMatch(fromYAML, fromGraphML, "\(measure) \(arguments)", tolerance: 1e-12)
        }
    }

    /// networkx's values on the parallel fixture with each restated tie reduced to its strongest
    /// statement (what the YAML holds), under networkx's `weight=` lengths; nil without networkx.
    static func strongestOnly() throws -> [String: [String: Double]]? {
        let script = """
            import json, sys, networkx as nx
            multi = nx.read_graphml(sys.argv[1])
            simple = nx.Graph()
            simple.add_nodes_from(multi.nodes())
            for u, v, data in multi.edges(data=True):
                if not simple.has_edge(u, v) or simple[u][v]["weight"] < data["weight"]:
                    simple.add_edge(u, v, weight=data["weight"])
            print(json.dumps({"betweenness": nx.betweenness_centrality(simple, weight="weight"),
                              "closeness": nx.closeness_centrality(simple, distance="weight")}))
            """
        guard let run = HostileLabelFixture.tool(["python3", "-c", "import networkx"]), run.status == 0,
              let result = HostileLabelFixture.tool(["python3", "-c", script, graphml]) else { return nil }
        #expect(result.status == 0, "\(result.output)")
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: [String: Double]]
    }

    @Test("under --length strength the YAML is networkx on the strongest ties, as the warning says, and differs from the GraphML")
    func documentedDifference() throws {
        guard let expected = try Self.strongestOnly() else { return print("skipped: python3 with networkx is not installed") }
        let scratch = Scratch()
        let yaml = try Self.converted(scratch).path
        let arguments = ["--weighted", "--length", "strength"]
        var differs = false
        for measure in ["betweenness", "closeness"] {
            let fromYAML = try AnalystMeasuresTests.centrality([yaml] + arguments, measure: measure)
            AnalystMeasuresTests.expectMatch(fromYAML, try #require(expected[measure]), "yaml \(measure) strength")
            let fromGraphML = try AnalystMeasuresTests.centrality([Self.graphml] + arguments, measure: measure)
            differs = differs || fromGraphML.contains { abs($0.value - (fromYAML[$0.key] ?? .nan)) > 1e-9 }
        }
        #expect(differs, "the parallel fixture should show the difference the warning names")
    }
}
