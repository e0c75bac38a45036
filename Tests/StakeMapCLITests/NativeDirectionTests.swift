import Foundation
import Testing

/// A direction a foreign file declared survives the native format: GraphML (a networkx DiGraph)
/// → YAML or JSON → GraphML gives the same file, and `--directed` measures on the YAML still
/// equal networkx's DiGraph values.
@Suite("direction through the native format")
struct NativeDirectionTests {
    static let source = AnalystMeasuresTests.graphml("directed")

    @Test("GraphML (networkx DiGraph) → native → GraphML is the GraphML written directly", arguments: ["yaml", "json"])
    func roundTrip(_ format: String) throws {
        let scratch = Scratch()
        let direct = scratch.path("direct.graphml"), native = scratch.path("net.\(format)"), back = scratch.path("back.graphml")
        for (input, output) in [(Self.source, direct), (Self.source, native), (native, back)] {
            let result = try StakeMapBinary.run(["convert", input, "-o", output])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let text = try String(contentsOfFile: native, encoding: .utf8)
        #expect(text.contains(format == "yaml" ? "directed: true" : "\"directed\": true"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: back)) == Data(contentsOf: URL(fileURLWithPath: direct)))
        let validate = try StakeMapBinary.run(["validate", native])
        #expect(validate.status == 0, "\(validate.stderr)")
        if format == "json" { try Self.expectSchemaValid(native) }
        guard let same = try InteropClients.run("networkx-same-digraph", [Self.source, back], modules: ["networkx"]) else {
            print("skipped: networkx is not installed")
            return
        }
        #expect(same["directed"] as? [Bool] == [true, true])
        #expect(same["same_edges"] as? Bool == true, "\(same)")
    }

    /// The file validates against docs/stakemap.schema.json (skipped without python's jsonschema).
    static func expectSchemaValid(_ path: String) throws {
        let schema = StakeMapBinary.repository.appendingPathComponent("docs/stakemap.schema.json").path
        let script = "import json, sys, jsonschema; v = jsonschema.Draft202012Validator(json.load(open(sys.argv[1]))); "
            + "print(len(list(v.iter_errors(json.load(open(sys.argv[2]))))))"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema, path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            print("skipped: python3 with jsonschema is not installed")
            return
        }
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "schema errors: \(text)")
    }

    @Test("--directed measures on the YAML equal networkx's DiGraph")
    func measures() throws {
        let scratch = Scratch()
        let native = scratch.path("net.yaml")
        #expect(try StakeMapBinary.run(["convert", Self.source, "-o", native]).status == 0)
        let measures = try #require(try AnalystMeasuresTests.reference("directed")["measures"] as? [String: Any])
        for (measure, key, extra) in [("indegree", "in_degree", [String]()), ("outdegree", "out_degree", []),
                                      ("betweenness", "betweenness", []), ("closeness", "closeness", []),
                                      ("pagerank", "pagerank_unweighted", []), ("pagerank", "pagerank", ["--weighted"])] {
            let expected = try #require(measures[key] as? [String: Double])
            let mine = try AnalystMeasuresTests.centrality([native, "--directed"] + extra, measure: measure)
            AnalystMeasuresTests.expectMatch(mine, expected, "yaml \(key)")
        }
    }

    @Test("'directed' is read strictly: true or false, and never false on a directed kind")
    func strict() throws {
        let scratch = Scratch()
        let header = "stakemap: 1\nactors:\n  - {id: a, kind: person}\n  - {id: b, kind: organization}\nties:\n"
        let cases = [("  - {from: a, to: b, kind: member-of, directed: false}\n", "a member-of tie is always directed"),
                     ("  - {from: a, to: b, kind: related, directed: maybe}\n", "'directed' must be true or false")]
        for (tie, message) in cases {
            let file = scratch.write("bad.yaml", header + tie)
            let result = try StakeMapBinary.run(["validate", file])
            #expect(result.status == 1)
            #expect(result.stderr.contains("bad.yaml:6:"), "\(result.stderr)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        let good = scratch.write("good.yaml", header + "  - {from: a, to: b, kind: related, directed: true}\n")
        let degree = try AnalystMeasuresTests.centrality([good, "--directed"], measure: "indegree")
        #expect(degree == ["a": 0, "b": 1])
    }
}
