import Foundation
import Testing

/// Custom fields (`fields: {club: Mr. Hi}`) through the formats, and in group-by, colour-by and selectors.
@Suite("Custom fields")
struct CustomFieldsTests {
    private static let karate = StakeMapBinary.repository.appendingPathComponent("Tests/StakeMapFormatsTests/Fixtures/karate.graphml").path

    private static func python(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String)? {
        func run(_ arguments: [String]) throws -> (Int32, String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            do { try process.run() } catch { return (127, "\(error)") }
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        guard try run(["python3", "-c", "import networkx"]).0 == 0 else { return nil }
        return try run(["python3", "-c", script] + arguments)
    }

    @Test("karate's club survives GraphML → YAML → GraphML, and networkx reads it back")
    func karateClub() throws {
        let scratch = Scratch()
        let yaml = scratch.path("karate.yaml"), graphml = scratch.path("karate.graphml")
        var result = try StakeMapBinary.run(["convert", Self.karate, "-o", yaml])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: yaml, encoding: .utf8)
        #expect(text.contains("fields: {club: Mr. Hi}") && text.contains("fields: {club: Officer}"))
        result = try StakeMapBinary.run(["convert", yaml, "-o", graphml])
        #expect(result.status == 0, "\(result.stderr)")
        let script = """
        import sys, networkx as nx
        original = nx.read_graphml(sys.argv[1]); back = nx.read_graphml(sys.argv[2])
        assert back.number_of_nodes() == 34, back.number_of_nodes()
        mismatched = [n for n in original if original.nodes[n]["club"] != back.nodes[n].get("club")]
        print("mismatched", len(mismatched))
        """
        guard let check = try Self.python(script, [Self.karate, graphml]) else {
            print("skipped: python3 with networkx is not installed")
            return
        }
        #expect(check.status == 0 && check.output.contains("mismatched 0"), "\(check.output)")
    }

    @Test("club survives JSON, GEXF, Kumu JSON, Kumu CSV and nodes/edges CSV round trips",
          arguments: ["k.json", "k.gexf", "k.kumu.json", "k-elements.csv", "k-nodes.csv"])
    func otherFormats(_ name: String) throws {
        let scratch = Scratch()
        let yaml = scratch.path("k.yaml"), back = scratch.path("back.yaml")
        #expect(try StakeMapBinary.run(["convert", Self.karate, "-o", yaml]).status == 0)
        #expect(try StakeMapBinary.run(["convert", yaml, "-o", scratch.path(name)]).status == 0)
        let result = try StakeMapBinary.run(["convert", scratch.path(name), "-o", back])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: back, encoding: .utf8)
        #expect(text.components(separatedBy: "fields: {club: Mr. Hi}").count == 18)
        #expect(text.components(separatedBy: "fields: {club: Officer}").count == 18)
    }

    @Test("brokers --group-by club, render --color-by club, the report table and the selector field:club=Mr. Hi use the custom field")
    func usedLikeAnyAttribute() throws {
        let scratch = Scratch()
        let yaml = scratch.path("karate.yaml")
        #expect(try StakeMapBinary.run(["convert", Self.karate, "-o", yaml]).status == 0)
        var result = try StakeMapBinary.run(["brokers", yaml, "--group-by", "club", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"group\" : \"Mr. Hi\"") || result.stdout.contains("\"group\": \"Mr. Hi\""), "\(result.stdout.prefix(500))")
        result = try StakeMapBinary.run(["gaps", yaml, "--targets", "field:club=Officer", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        result = try StakeMapBinary.run(["gaps", yaml, "--targets", "field:club", "--format", "json"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("field:KEY=VALUE"))
        let svg = scratch.path("karate.svg")
        result = try StakeMapBinary.run(["render", yaml, "-o", svg, "--color-by", "club"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = scratch.path("karate.html")
        result = try StakeMapBinary.run(["report", yaml, "-o", html])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains(">club<span") && page.components(separatedBy: "<td>Officer</td>").count == 18)
    }

    @Test("a nodes/edges CSV pair: BOM by default, Arabic names and fields kept, read back whole")
    func nodesEdgesCSV() throws {
        let scratch = Scratch()
        let source = scratch.write("net.yaml", """
        stakemap: 1
        actors:
          - {id: twbi, kind: organization, name: {en: Together We Build It, ar: معا نبنيها}, fields: {founded: 2011, email: "x@y.org"}}
          - {id: lwa, kind: coalition}
        ties:
          - {from: twbi, to: lwa, kind: member-of, fields: {verified: true}}
        """)
        var result = try StakeMapBinary.run(["convert", source, "-o", scratch.path("out-nodes.csv")])
        #expect(result.status == 0, "\(result.stderr)")
        let nodes = try Data(contentsOf: URL(fileURLWithPath: scratch.path("out-nodes.csv")))
        #expect(nodes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: nodes, as: UTF8.self).contains("معا نبنيها"))
        #expect(FileManager.default.fileExists(atPath: scratch.path("out-edges.csv")))
        result = try StakeMapBinary.run(["convert", scratch.path("out-nodes.csv"), "-o", scratch.path("back.yaml")])
        #expect(result.status == 0, "\(result.stderr)")
        let back = try String(contentsOfFile: scratch.path("back.yaml"), encoding: .utf8)
        #expect(back.contains("ar: معا نبنيها") && back.contains("fields:") && back.contains("founded: 2011"))
        #expect(back.contains("verified: true"))
        result = try StakeMapBinary.run(["convert", source, "-o", scratch.path("plain-nodes.csv"), "--no-bom"])
        #expect(result.status == 0)
        #expect(try !Data(contentsOf: URL(fileURLWithPath: scratch.path("plain-nodes.csv"))).starts(with: [0xEF, 0xBB, 0xBF]))
    }
}
