import Foundation
import Testing

/// `stakemap centrality` on networkx's own GraphML export matches networkx's values to 1e-9,
/// end to end: GraphML reader (exact weights) → network view → measures → JSON.
@Suite("centrality against networkx, through the binary")
struct CentralityAgainstNetworkxTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let fixture: String
        let arguments: [String]
        let measure: String
        let expected: String
        var testDescription: String { "\(fixture) \(expected)" }
    }

    static let cases: [Case] = ["karate", "lesmis", "florentine"].flatMap { fixture in [
        Case(fixture: fixture, arguments: [], measure: "betweenness", expected: "betweenness"),
        Case(fixture: fixture, arguments: [], measure: "closeness", expected: "closeness"),
        Case(fixture: fixture, arguments: [], measure: "harmonic", expected: "harmonic"),
        Case(fixture: fixture, arguments: [], measure: "eigenvector", expected: "eigenvector"),
        Case(fixture: fixture, arguments: [], measure: "pagerank", expected: "pagerank_unweighted"),
        Case(fixture: fixture, arguments: ["--weighted"], measure: "pagerank", expected: "pagerank"),
        Case(fixture: fixture, arguments: [], measure: "degree", expected: "degree"),
        Case(fixture: fixture, arguments: ["--weighted"], measure: "betweenness", expected: "betweenness_inverse"),
        Case(fixture: fixture, arguments: ["--weighted", "--length", "strength"], measure: "betweenness", expected: "betweenness_strength"),
        Case(fixture: fixture, arguments: ["--weighted", "--length", "strength"], measure: "closeness", expected: "closeness_strength"),
    ] }

    @Test("matches networkx to 1e-9 per actor", arguments: cases)
    func matches(_ testCase: Case) throws {
        let fixtures = StakeMapBinary.repository.appendingPathComponent("Tests/StakeMapAnalysisTests/Fixtures")
        let reference = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: fixtures.appendingPathComponent("\(testCase.fixture).json"))) as? [String: Any])
        let measures = try #require(reference["measures"] as? [String: Any])
        guard let expected = measures[testCase.expected] as? [String: Double] else {
            Issue.record("the fixture has no '\(testCase.expected)'")
            return
        }
        let result = try StakeMapBinary.run(["centrality", fixtures.appendingPathComponent("\(testCase.fixture).graphml").path,
                                             "--measure", testCase.measure, "--format", "json"] + testCase.arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let output = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let values = try #require((output["measures"] as? [String: Any])?[testCase.measure] as? [String: Double])
        #expect(values.count == expected.count)
        let slug = { (id: String) in id.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" } }
        for (id, value) in expected {
            let mine = values[id] ?? values[slug(id)]
            #expect(mine != nil && abs((mine ?? .nan) - value) < 1e-9, "\(id): \(mine ?? .nan) vs networkx \(value)")
        }
    }
}
