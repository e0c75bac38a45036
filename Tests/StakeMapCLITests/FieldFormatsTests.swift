import Foundation
import Testing

/// Custom fields typed in GraphML for networkx, the `--color-by FIELD` legend, and `;` CSV
/// through `convert`.
@Suite("Field formats")
struct FieldFormatsTests {
    private static let karate = StakeMapBinary.repository.appendingPathComponent("Tests/StakeMapFormatsTests/Fixtures/karate.graphml").path

    /// Runs a Python script with networkx; nil when python3 or networkx is absent.
    private static func networkx(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String)? {
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

    @Test("GraphML types custom fields (long, double, boolean, string): networkx reads them typed, StakeMap reads them back the same")
    func typedGraphML() throws {
        let scratch = Scratch()
        let source = scratch.write("net.yaml", """
        stakemap: 1
        actors:
          - {id: twbi, kind: organization, name: {en: Together We Build It, ar: معا نبنيها}, fields: {members: 34, share: 0.5, active: true, club: Mr. Hi, mixed: 3}}
          - {id: lwa, kind: coalition, fields: {members: 120, share: 2, active: false, club: Officer, mixed: many}}
        ties:
          - {from: twbi, to: lwa, kind: member-of, fields: {verified: true, year: 2019}}
        """)
        let graphml = scratch.path("net.graphml"), back = scratch.path("back.yaml")
        var result = try StakeMapBinary.run(["convert", source, "-o", graphml])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: graphml, encoding: .utf8)
        #expect(text.contains(#"attr.name="members" attr.type="long""#) && text.contains(#"attr.name="share" attr.type="double""#))
        #expect(text.contains(#"attr.name="active" attr.type="boolean""#) && text.contains(#"attr.name="club" attr.type="string""#))
        #expect(text.contains(#"attr.name="mixed" attr.type="string""#) && text.contains(#"attr.name="verified" attr.type="boolean""#))
        let script = """
        import sys, networkx as nx
        g = nx.read_graphml(sys.argv[1])
        t, l = g.nodes["twbi"], g.nodes["lwa"]
        e = g.edges["twbi", "lwa"]
        print(type(t["members"]).__name__, type(t["share"]).__name__, type(t["active"]).__name__, type(t["club"]).__name__,
              t["members"], l["share"], t["active"], l["active"], e["verified"], type(e["year"]).__name__)
        """
        if let check = try Self.networkx(script, [graphml]) {
            #expect(check.status == 0 && check.output.contains("int float bool str 34 2.0 True False True int"), "\(check.output)")
        } else {
            print("skipped: python3 with networkx is not installed")
        }
        result = try StakeMapBinary.run(["convert", graphml, "-o", back])
        #expect(result.status == 0, "\(result.stderr)")
        let original = try StakeMapBinary.run(["convert", source, "-o", "-", "--to", "json"]).stdout
        let roundTrip = try StakeMapBinary.run(["convert", back, "-o", "-", "--to", "json"]).stdout
        #expect(!original.isEmpty && original == roundTrip)
    }

    @Test("render --color-by club: the legend is headed 'club', a swatch per value, not 'community'")
    func colorByLegend() throws {
        let scratch = Scratch()
        let yaml = scratch.path("karate.yaml"), dot = scratch.path("karate.dot")
        #expect(try StakeMapBinary.run(["convert", Self.karate, "-o", yaml]).status == 0)
        var result = try StakeMapBinary.run(["render", yaml, "-o", dot, "--color-by", "club"])
        #expect(result.status == 0, "\(result.stderr)")
        var text = try String(contentsOfFile: dot, encoding: .utf8)
        #expect(text.contains("<B>club</B>") && text.contains(">Mr. Hi<") && text.contains(">Officer<"), "\(text.suffix(1500))")
        #expect(!text.contains(">community<") && !text.contains("<B>Colour</B>"))
        // Both values' colours are on nodes and swatches alike.
        #expect(text.contains("#8DD3C7") && text.contains("#FFFFB3"))
        result = try StakeMapBinary.run(["render", yaml, "-o", dot, "--color-by", "community"])
        #expect(result.status == 0, "\(result.stderr)")
        text = try String(contentsOfFile: dot, encoding: .utf8)
        #expect(text.contains(">community<"))
    }

    @Test("convert reads a ';' nodes/edges pair with a byte-order mark, a comma inside the header")
    func semicolonCSV() throws {
        let scratch = Scratch()
        scratch.write("mission-nodes.csv", "\u{FEFF}Id;Label;Type;Notes, remarks\r\nlwa;Libyan Women's Alliance;coalition;a, b\r\ntwbi;معا نبنيها;organization;\r\n")
        scratch.write("mission-edges.csv", "\u{FEFF}Source;Target;Type;Weight\r\ntwbi;lwa;member-of;3\r\n")
        let result = try StakeMapBinary.run(["convert", scratch.path("mission-nodes.csv"), "-o", scratch.path("out.yaml")])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: scratch.path("out.yaml"), encoding: .utf8)
        #expect(text.contains("id: lwa") && text.contains("معا نبنيها") && text.contains("kind: coalition"), "\(text)")
        #expect(text.contains("Notes, remarks") && text.contains("a, b"), "\(text)")
        #expect(text.contains("from: twbi") && text.contains("member-of"), "\(text)")
    }
}
