import Foundation
import Testing
import StakeMapFormats

/// Nodes and edges tables from Gephi and spreadsheets.
@Suite("CSV reader")
struct CSVGraphReaderTests {
    @Test("a Gephi pair, found from either file", arguments: ["gephi_nodes.csv", "gephi_edges.csv"])
    func gephiPair(file: String) throws {
        let loaded = try GraphLoader.load(path: ForeignFiles.fixture(file))
        let graph = loaded.graph
        #expect(graph.actors.map(\.id) == ["lwa", "twbi", "unsmil", "hnec"])
        #expect(graph.actor(withID: "hnec")?.kind == .government)
        #expect(graph.actor(withID: "lwa")?.displayName() == "Libyan Women's Alliance")
        // Gephi's `Type` is the direction, its edge `Label` free text (kept as the note).
        #expect(graph.ties.allSatisfy { $0.kind == .related })
        #expect(graph.ties.map(\.strength) == [1, 3, 3, 1])   // 2.5 rounds away from zero
        #expect(graph.ties[3].from == "twbi" && graph.ties[3].to == "unsmil" && graph.ties[3].note == "advocates-to")
        // Gephi's `Directed` type keeps its direction on kind-less edges (issue 16).
        #expect(graph.ties.map(\.isDirected) == [false, false, false, true])
        #expect(loaded.warnings.filter { $0.message.contains("directed edges became") }.isEmpty)
        // Columns with no StakeMap field are kept as custom fields, not ignored.
        #expect(!loaded.warnings.contains { $0.message.contains("were ignored") })
        #expect(graph.actors.allSatisfy { $0.fields["modularity_class"] != nil })
    }

    @Test("an edges file alone: actors from the endpoints, in order of appearance")
    func edgesOnly() throws {
        let loaded = try GraphLoader.load(path: ForeignFiles.fixture("meetings.csv"))
        let graph = loaded.graph
        #expect(graph.actors.map(\.id) == ["wasl", "marib-women-forum", "osesgy"])
        #expect(graph.actors.map { $0.displayName() } == ["WASL", "Marib Women Forum", "OSESGY"])
        #expect(graph.actors.allSatisfy { $0.kind == .other })
        #expect(graph.ties.map(\.kind) == [.partnersWith, .met, .advocatesTo])
        #expect(graph.ties[1].date?.description == "2022-05-10")
        #expect(graph.ties[2].from == "marib-women-forum" && graph.ties[2].to == "osesgy")
    }

    @Test("a spreadsheet pair: quoted fields, commas, doubled quotes, a multi-line field, Arabic, CRLF")
    func spreadsheet() throws {
        let path = ForeignFiles.fixture("coalition-nodes.csv")
        let loaded = try CSVGraphReader().read(path: path)
        let graph = loaded.graph
        #expect(graph.actors.map(\.id) == ["twbi", "wasl", "osesgy", "ministry-interior"])
        let twbi = try #require(graph.actor(withID: "twbi"))
        #expect(twbi.displayName() == "معا نبنيها")
        #expect(twbi.note == "Founded in Tripoli, 2011; \"Together We Build It\"")
        #expect(twbi.tags == ["women-led", "civil-society"])
        #expect(graph.actor(withID: "wasl")?.tags == ["women-led", "yemen"])
        #expect(graph.actor(withID: "osesgy")?.kind == .unBody)
        #expect(graph.actor(withID: "osesgy")?.note == "Multi-line note:\r\nsecond line, with a comma")
        #expect(graph.actor(withID: "ministry-interior")?.kind == .government)
        #expect(graph.ties.map(\.place) == ["Amman, Jordan", "Marib, Yemen", "Tripoli"])
        #expect(graph.ties.map(\.strength) == [2, 5, 1])
        #expect(graph.ties[2].date?.description == "2024-10-30..2024-10-31")
        // 'Libya' is not an ISO code: dropped, with the place it was first seen (line 6: the note above spans two lines).
        let country = try #require(loaded.warnings.first { $0.message.contains("ISO 3166") })
        #expect(country.message.contains("'Libya'"))
        #expect(country.location?.line == 6)
        #expect(country.location?.column == 4)
    }

    @Test("naming conventions pair nodes and edges files",
          arguments: [("x-nodes.csv", "x-edges.csv"), ("x_edges.csv", "x_nodes.csv"), ("nodes.csv", "edges.csv"),
                      ("Net [Nodes].csv", "Net [Edges].csv"), ("NODES.CSV", "EDGES.CSV")])
    func conventions(file: String, partner: String) {
        #expect(CSVGraphFiles.convention(for: "/data/\(file)")?.partner == "/data/\(partner)")
        #expect(CSVGraphFiles.convention(for: "/data/mynodes.csv") == nil)
    }

    @Test("Excel's byte order mark and `;` or tab separators", arguments: [",", ";", "\t"])
    func spreadsheetDialects(separator: String) throws {
        let text = "\u{FEFF}" + ["Source", "Target", "Weight"].joined(separator: separator) + "\r\n"
            + ["a", "b", "3"].joined(separator: separator) + "\r\n"
        let loaded = try GraphLoader.load(path: ForeignFiles.write(text, named: "sheet.csv"))
        #expect(loaded.graph.actors.map(\.id) == ["a", "b"])
        #expect(loaded.graph.ties.first?.strength == 3)
    }

    @Test("a nodes file without its edges file is a network of actors, with a warning")
    func nodesAlone() throws {
        let path = try ForeignFiles.write("id,label\na,A\nb,B\n", named: "lonely-nodes.csv")
        let loaded = try CSVGraphReader().read(path: path)
        #expect(loaded.graph.actors.count == 2)
        #expect(loaded.graph.ties.isEmpty)
        #expect(loaded.warnings.first?.message.contains("no edges file") == true)
    }

    @Test("every bad row is reported, located by line and field position")
    func badRows() throws {
        let folder = try ForeignFiles.scratchFolder()
        try Data("id,label\na,A\na,Again\n,Nameless\nb,B\n".utf8).write(to: folder.appendingPathComponent("t-nodes.csv"))
        try Data("source,target,weight,date\na,b,heavy,2020\na,zz,1,2020-13\nb,,1,\n".utf8)
            .write(to: folder.appendingPathComponent("t-edges.csv"))
        let error = try #require(ForeignFiles.error { () throws(StakeMapError) in
            try GraphLoader.load(path: folder.appendingPathComponent("t-edges.csv").path)
        })
        #expect(error.code == .invalidInput)
        let lines = error.diagnostics.map { d in "\(d.location.map { "\(($0.file as NSString).lastPathComponent):\($0.line):\($0.column)" } ?? "-") \(d.message)" }
        #expect(lines == [
            "t-nodes.csv:3:1 duplicate node id 'a'",
            "t-nodes.csv:4:1 the row has no id",
            "t-edges.csv:2:3 weight 'heavy' is not a finite number",
            "t-edges.csv:3:4 '2020-13' is not a date",
            "t-edges.csv:4:2 the row has no target",
        ])
    }

    @Test("a bad header in the edges file does not hide the nodes file's errors")
    func badHeaderAfterBadRows() throws {
        let folder = try ForeignFiles.scratchFolder()
        try Data("id\na\na\n".utf8).write(to: folder.appendingPathComponent("h-nodes.csv"))
        try Data("id,label\nx,y\n".utf8).write(to: folder.appendingPathComponent("h-edges.csv"))
        let error = try #require(ForeignFiles.error { () throws(StakeMapError) in
            try CSVGraphReader().read(path: folder.appendingPathComponent("h-nodes.csv").path)
        })
        #expect(error.diagnostics.map(\.message) == [
            "duplicate node id 'a'", "the edges file needs 'source' and 'target' columns (header: id,label)",
        ])
    }

    @Test("an edge to a node the nodes file lacks is an error")
    func danglingEdge() throws {
        let folder = try ForeignFiles.scratchFolder()
        try Data("id\na\nb\n".utf8).write(to: folder.appendingPathComponent("d-nodes.csv"))
        try Data("source,target\na,b\nb,c\n".utf8).write(to: folder.appendingPathComponent("d-edges.csv"))
        let error = try #require(ForeignFiles.error { () throws(StakeMapError) in
            try CSVGraphReader().read(path: folder.appendingPathComponent("d-nodes.csv").path)
        })
        #expect(error.diagnostics.count == 1)
        #expect(error.diagnostics[0].message == "edge target 'c' is not a node")
        #expect(error.diagnostics[0].location?.line == 3)
    }
}
