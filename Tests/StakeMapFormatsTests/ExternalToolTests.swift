import Foundation
import Testing
import StakeMapFormats

/// Other tools read what we write: networkx (GraphML, GEXF) and a JSON Schema validator.
/// Skipped, with a message, when python3 or the module is missing (CI installs them).
@Suite("External tools")
struct ExternalToolTests {
    static let networkxScript = """
    import json, sys
    import networkx as nx
    path, kind = sys.argv[1], sys.argv[2]
    G = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path)
    node = G.nodes["twbi"]
    edges = [d for _, _, d in G.edges(data=True)]
    print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
                      "kind": node.get("kind"), "name_ar": node.get("name_ar"), "label": node.get("label"),
                      "tags": node.get("tags"), "edge_kinds": sorted({d.get("kind") for d in edges}),
                      "strengths": sorted({d.get("strength") for d in edges}),
                      "dated": sum(1 for d in edges if d.get("date") or d.get("start"))}, ensure_ascii=False))
    """

    @Test("networkx reads our GraphML and GEXF of the Libya network with the right counts and attributes",
          arguments: [GraphFormat.graphml, .gexf])
    func networkx(format: GraphFormat) throws {
        let graph = try InteropNetworks.named("libya")
        let (path, _) = try InteropNetworks.write(graph, as: format)
        guard let result = try InteropNetworks.python(Self.networkxScript, module: "networkx",
                                                       arguments: [path, format == .graphml ? "graphml" : "gexf"]) else {
            print("skipped: python3 with networkx is not installed")
            return
        }
        #expect(result.status == 0, "networkx failed: \(result.output)")
        let line = result.output.split(separator: "\n").last.map(String.init) ?? ""
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(result.output)")
        let twbi = try #require(graph.actor(withID: "twbi"))
        #expect(parsed["nodes"] as? Int == graph.actors.count)
        #expect(parsed["edges"] as? Int == graph.ties.count)
        #expect(parsed["kind"] as? String == twbi.kind.rawValue)
        #expect(parsed["name_ar"] as? String == twbi.name.exactly("ar"))
        if format == .graphml { #expect(parsed["label"] as? String == twbi.displayName()) }
        #expect(parsed["tags"] as? String == FormatListText.join(twbi.tags))
        #expect(parsed["edge_kinds"] as? [String] == Set(graph.ties.map(\.kind.rawValue)).sorted())
        #expect(parsed["strengths"] as? [Int] == Set(graph.ties.map(\.strength)).sorted())
        #expect(parsed["dated"] as? Int == graph.ties.filter { $0.date != nil }.count)
    }

    @Test("the Libya network's JSON validates against docs/stakemap.schema.json, and a broken one does not")
    func jsonSchema() throws {
        let graph = try InteropNetworks.named("libya")
        let good = try InteropNetworks.write(graph, as: .json).path
        let bad = try ForeignFiles.write(#"{"stakemap": 1, "actors": [{"id": "Bad Id", "kind": "person", "influence": 9}]}"#, named: "bad.json")
        let schema = InteropNetworks.root.appendingPathComponent("docs/stakemap.schema.json").path
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        for path in sys.argv[2:]:
            print(path, len(list(validator.iter_errors(json.load(open(path))))))
        """
        guard let result = try InteropNetworks.python(script, module: "jsonschema", arguments: [schema, good, bad]) else {
            print("skipped: python3 with jsonschema is not installed")
            return
        }
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("\(good) 0"))
        #expect(result.output.contains("\(bad) 2"), "\(result.output)")
    }
}
