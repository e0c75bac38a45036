import Foundation
import Testing
import StakeMapFormats

/// The new readers on foreign and hostile input: located errors, no entities, bounds.
@Suite("Interop readers")
struct InteropReaderTests {
    @Test("XML escaping: markup, quotes, line breaks, characters XML cannot carry", arguments: [
        ("plain", "plain"),
        ("a<b>&\"c\"'", "a&lt;b&gt;&amp;&quot;c&quot;&apos;"),
        ("line\nbreak\ttab\r", "line&#10;break&#9;tab&#13;"),
        ("bell\u{07}", "bell\u{FFFD}"),
        ("معا نبنيها", "معا نبنيها"),
    ])
    func xmlEscaping(input: String, expected: String) {
        #expect(MarkupEscaping.escaped(input, for: .xml) == expected)
    }

    @Test("list cells: `|` between plain values, a JSON array when a value needs it", arguments: [
        ["a", "b"], ["a|b", "c"], ["one;two"], [" padded "], ["[x]"], [],
    ])
    func listText(values: [String]) {
        #expect(FormatListText.split(FormatListText.join(values)) == values)
    }

    @Test("a Gephi GEXF: labels, attributes by title, weights, date spells; unknown attributes listed once")
    func gephiGEXF() throws {
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <meta><creator>Gephi 0.10</creator></meta>
          <graph defaultedgetype="directed" timeformat="date">
            <attributes class="node"><attribute id="0" title="Kind" type="string"/><attribute id="1" title="modularity_class" type="integer"/></attributes>
            <nodes>
              <node id="n0" label="Libyan Women's Alliance"><attvalues><attvalue for="0" value="coalition"/><attvalue for="1" value="2"/></attvalues></node>
              <node id="n1" label="UNSMIL"><attvalues><attvalue for="0" value="UN body"/></attvalues></node>
            </nodes>
            <edges><edge id="0" source="n0" target="n1" weight="2.5" start="2018-09-01" end="2018-12-31" label="advocacy"/></edges>
          </graph>
        </gexf>
        """
        let loaded = try GEXFReader().read(data: Data(text.utf8), file: "gephi.gexf")
        #expect(loaded.graph.actors.map { $0.displayName() } == ["Libyan Women's Alliance", "UNSMIL"])
        #expect(loaded.graph.actors.map(\.kind) == [.coalition, .unBody])
        let tie = try #require(loaded.graph.ties.first)
        #expect(tie.weight == 2.5 && tie.strength == 3)
        #expect(tie.date?.description == "2018-09-01..2018-12-31")
        #expect(tie.note == "advocacy")
        #expect(loaded.graph.actors.first?.fields["modularity_class"] == .number(2))
    }

    @Test("GEXF with an entity declaration is refused before parsing (no XXE)")
    func gexfEntities() throws {
        let text = """
        <?xml version="1.0"?>
        <!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <gexf><graph><nodes><node id="a" label="&xxe;"/></nodes></graph></gexf>
        """
        let path = try ForeignFiles.write(text, named: "xxe.gexf")
        let error = try #require(ForeignFiles.error { () throws(StakeMapError) in try GraphLoader.load(path: path) })
        #expect(error.diagnostics.first?.message.contains("internal subset") == true)
        #expect(error.diagnostics.first?.location?.line == 2)
    }

    @Test("GEXF errors are located: undeclared attribute, edge to a missing node, bad XML")
    func gexfErrors() throws {
        let text = """
        <gexf><graph>
          <nodes><node id="a"><attvalues><attvalue for="nope" value="x"/></attvalues></node></nodes>
          <edges><edge source="a" target="b"/></edges>
        </graph></gexf>
        """
        let error = try #require(ForeignFiles.error { () throws(StakeMapError) in try GEXFReader().read(data: Data(text.utf8), file: "bad.gexf") })
        #expect(error.diagnostics.map { $0.location?.line } == [2, 3])
        #expect(error.diagnostics[1].message.contains("'b' is not a node"))
        let broken = try #require(ForeignFiles.error { () throws(StakeMapError) in try GEXFReader().read(data: Data("<gexf><graph></gexf>".utf8), file: "x.gexf") })
        #expect(broken.diagnostics.first?.location?.line == 1)
        let notGEXF = try #require(ForeignFiles.error { () throws(StakeMapError) in try GEXFReader().read(data: Data("<graphml/>".utf8), file: "x.gexf") })
        #expect(notGEXF.diagnostics.first?.message.contains("not a GEXF file") == true)
    }

    @Test("a Kumu blueprint as Kumu writes it: labels as ids, connections by label, custom fields")
    func kumuBlueprint() throws {
        let text = """
        {"elements": [
          {"label": "Libyan Women's Alliance", "type": "Coalition", "tags": ["women-led", "libya"], "Country": "LY"},
          {"label": "UNSMIL", "type": "UN body", "description": "The mission"}
        ],
         "connections": [{"from": "Libyan Women's Alliance", "to": "UNSMIL", "type": "advocacy", "direction": "directed"}]}
        """
        let loaded = try KumuJSONReader().read(data: Data(text.utf8), file: "map.kumu.json")
        let graph = loaded.graph
        #expect(graph.actors.map(\.id) == ["libyan-women-s-alliance", "unsmil"])
        #expect(graph.actors[0].tags == ["women-led", "libya"] && graph.actors[0].country == "LY")
        #expect(graph.actors[1].note == "The mission")
        #expect(graph.ties.first?.kind == .advocatesTo)
        #expect(graph.ties.first?.from == "libyan-women-s-alliance")
    }

    @Test("Kumu errors are located at the element or connection; bad JSON at its byte")
    func kumuErrors() throws {
        let text = "{\"elements\": [\n  {\"label\": \"A\"},\n  {\"type\": \"person\"}\n],\n\"connections\": [\n  {\"from\": \"A\", \"to\": \"Z\"}\n]}"
        let error = try #require(ForeignFiles.error { () throws(StakeMapError) in try KumuJSONReader().read(data: Data(text.utf8), file: "k.kumu.json") })
        #expect(error.diagnostics.map { $0.location?.line } == [3, 6])
        #expect(error.diagnostics.map { $0.location?.column } == [3, 3])
        let broken = try #require(ForeignFiles.error { () throws(StakeMapError) in try KumuJSONReader().read(data: Data("{\"elements\": [\n  {\"label\": }]}".utf8), file: "b.kumu.json") })
        #expect(broken.diagnostics.first?.location?.line == 2)
        let small = KumuJSONReader(maxFileBytes: 10)
        let limited = try #require(ForeignFiles.error { () throws(StakeMapError) in try small.read(data: Data(text.utf8), file: "k.kumu.json") })
        #expect(limited.code == .limitExceeded)
    }

    @Test("a Kumu spreadsheet pair without an ID column: the label is the id; found from either file",
          arguments: ["map-elements.csv", "map-connections.csv"])
    func kumuSpreadsheet(file: String) throws {
        let folder = try ForeignFiles.scratchFolder()
        try "Label,Type,Description,Tags\nLWA,coalition,\"Alliance, Libya\",women-led|libya\nUNSMIL,un body,,\n"
            .write(to: folder.appendingPathComponent("map-elements.csv"), atomically: true, encoding: .utf8)
        try "From,To,Type,Direction\nLWA,UNSMIL,met,undirected\n"
            .write(to: folder.appendingPathComponent("map-connections.csv"), atomically: true, encoding: .utf8)
        let graph = try GraphLoader.load(path: folder.appendingPathComponent(file).path).graph
        #expect(graph.actors.map(\.id) == ["lwa", "unsmil"])
        #expect(graph.actors[0].note == "Alliance, Libya" && graph.actors[0].tags == ["women-led", "libya"])
        #expect(graph.ties.map(\.kind) == [.met])
    }

    @Test("StakeMap keys with bad values are located errors")
    func badStakeMapValues() throws {
        let text = """
        <graphml><key id="i" for="node" attr.name="influence"/><key id="c" for="edge" attr.name="confidence"/>
        <graph edgedefault="undirected"><node id="a"><data key="i">9</data></node><node id="b"/>
        <edge source="a" target="b"><data key="c">sure</data></edge></graph></graphml>
        """
        let error = try #require(ForeignFiles.error { () throws(StakeMapError) in try GraphMLReader().read(data: Data(text.utf8), file: "v.graphml") })
        #expect(error.diagnostics.count == 2)
        #expect(error.diagnostics[0].message.contains("influence '9'"))
        #expect(error.diagnostics[1].message.contains("confidence 'sure'"))
        #expect(error.diagnostics.allSatisfy { $0.location?.line == 2 || $0.location?.line == 3 })
    }
}
