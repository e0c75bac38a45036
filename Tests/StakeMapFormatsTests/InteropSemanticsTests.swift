import Foundation
import Testing
import StakeMapFormats

/// What other tools write back is read as they mean it: igraph's renamed nodes, Kumu's elements of
/// one label, GEXF spells and titles, language tags in their case; and what we write keeps
/// direction, time and engine limits in the places those tools look.
@Suite("Interop semantics")
struct InteropSemanticsTests {
    @Test("igraph's GraphML (nodes n0, n1, … with the original in an `id` attribute) comes back with the original ids")
    func igraphIDs() throws {
        let text = """
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="v_id" for="node" attr.name="id" attr.type="string"/>
          <key id="v_label" for="node" attr.name="label" attr.type="string"/>
          <key id="e_kind" for="edge" attr.name="kind" attr.type="string"/>
          <graph id="G" edgedefault="directed">
            <node id="n0"><data key="v_id">twbi</data><data key="v_label">Together We Build It</data></node>
            <node id="n1"><data key="v_id">Amb FR</data></node>
            <edge source="n0" target="n1"><data key="e_kind">met</data></edge>
          </graph>
        </graphml>
        """
        let loaded = try GraphMLReader().read(data: Data(text.utf8), file: "igraph.graphml")
        #expect(loaded.graph.actors.map(\.id) == ["twbi", "amb-fr"])
        #expect(loaded.graph.actors[0].aliases.isEmpty, "n0 is igraph's, not the actor's")
        #expect(loaded.graph.actors[1].aliases == ["Amb FR"])
        #expect(loaded.graph.ties.map { "\($0.from)>\($0.to)" } == ["twbi>amb-fr"])
    }

    @Test("node `id` data that are not distinct leave the file's own ids, with a warning")
    func clashingDeclaredIDs() throws {
        let text = """
        <graphml><key id="i" for="node" attr.name="id"/><graph edgedefault="undirected">
        <node id="a"><data key="i">x</data></node><node id="b"><data key="i">x</data></node><edge source="a" target="b"/>
        </graph></graphml>
        """
        let loaded = try GraphMLReader().read(data: Data(text.utf8), file: "clash.graphml")
        #expect(loaded.graph.actors.map(\.id) == ["a", "b"])
        #expect(loaded.warnings.contains { $0.message.contains("not distinct") })
    }

    @Test("language tags keep their case through GraphML, GEXF and Kumu (pt-BR, zh-Hant); the language is lower case")
    func languageCase() throws {
        let text = """
        <graphml><key id="a" for="node" attr.name="name_pt-BR"/><key id="b" for="node" attr.name="NAME_ZH-Hant"/>
        <key id="t" for="graph" attr.name="title_sr-Latn"/><graph edgedefault="undirected"><data key="t">Mreža</data>
        <node id="x"><data key="a">Rede</data><data key="b">網</data></node></graph></graphml>
        """
        let graph = try GraphMLReader().read(data: Data(text.utf8), file: "case.graphml").graph
        #expect(Set(graph.actors[0].name.languages) == ["pt-BR", "zh-Hant"])
        #expect(graph.title?.languages == ["sr-Latn"])
        let tricky = try InteropNetworks.named("tricky")
        for format in [GraphFormat.graphml, .gexf, .kumuJSON, .kumuCSV] {
            let copy = try GraphLoader.load(path: InteropNetworks.write(tricky, as: format).path).graph
            #expect(copy.actors.map(\.name) == tricky.actors.map(\.name), "\(format)")
            #expect(copy.actors.map(\.title) == tricky.actors.map(\.title), "\(format)")
        }
    }

    @Test("Kumu elements of one label with different _id are kept apart; without _id they are one element twice")
    func kumuSameLabel() throws {
        let text = """
        {"elements": [{"_id": "elem-1", "label": "Ahmed", "type": "person"}, {"_id": "elem-2", "label": "Ahmed", "type": "person"},
                      {"_id": "elem-3", "label": "UNSMIL", "type": "UN body"}],
         "connections": [{"from": "elem-1", "to": "elem-3", "type": "met"}, {"from": "elem-2", "to": "elem-3", "type": "met"}]}
        """
        let graph = try KumuJSONReader().read(data: Data(text.utf8), file: "k.kumu.json").graph
        #expect(graph.actors.map(\.id) == ["ahmed", "ahmed-2", "unsmil"])
        #expect(graph.actors.map { $0.displayName() } == ["Ahmed", "Ahmed", "UNSMIL"])
        #expect(graph.ties.map(\.from) == ["ahmed", "ahmed-2"])
        let twice = #"{"elements": [{"label": "Ahmed"}, {"label": "Ahmed"}], "connections": []}"#
        let error = try #require(ForeignFiles.error { () throws(StakeMapError) in try KumuJSONReader().read(data: Data(twice.utf8), file: "t.kumu.json") })
        #expect(error.diagnostics.first?.message.contains("duplicate node id") == true)
    }

    @Test("GEXF import: the meta title wins over the description; <spells> children give a foreign edge its dates")
    func gexfSpellsAndTitle() throws {
        let text = """
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <meta><creator>Gephi 0.10</creator><title>Coalition map</title><description>Drawn in 2024</description></meta>
          <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
            <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
            <edges>
              <edge id="0" source="a" target="b"><spells><spell start="2018-03-01" end="2018-06-30"/><spell start="2017-01-01" end="2017-12-31"/></spells></edge>
              <edge id="1" source="b" target="a"><spells><spell start="2019-01-01"/></spells></edge>
            </edges>
          </graph>
        </gexf>
        """
        let graph = try GEXFReader().read(data: Data(text.utf8), file: "spells.gexf").graph
        #expect(graph.title?.text() == "Coalition map")
        #expect(graph.ties[0].date?.description == "2017-01-01..2018-06-30")
        #expect(graph.ties[1].date?.start.description == "2019-01-01" && graph.ties[1].usesStartEnd)
        #expect(graph.ties[1].date?.end == graph.ties[1].date?.start, "an open spell is an open-ended tie")
    }

    @Test("GEXF export: static when undated; open-ended ties have no end; an actor with an undated tie has no spell")
    func gexfTime() throws {
        let undated = Graph(actors: [Actor(id: "a", kind: .person), Actor(id: "b", kind: .organization)],
                            ties: [Tie(from: "a", to: "b", kind: .memberOf)])
        let staticText = GEXFWriter().write(undated)
        #expect(staticText.contains(#"mode="static""#) && !staticText.contains("timeformat"))
        let dated = Graph(actors: [Actor(id: "a", kind: .person), Actor(id: "b", kind: .organization), Actor(id: "c", kind: .person)],
                          ties: [Tie(from: "a", to: "b", kind: .memberOf, date: DateSpan(PartialDate(year: 2018)!), usesStartEnd: true),
                                 Tie(from: "c", to: "b", kind: .met),
                                 Tie(from: "a", to: "c", kind: .met, date: DateSpan(parsing: "2020-05"))])
        let lines = GEXFWriter().write(dated).split(separator: "\n")
        #expect(lines.contains { $0.contains(#"mode="dynamic" timeformat="date""#) })
        let edges = lines.filter { $0.contains("<edge ") }
        #expect(edges[0].contains(#"start="2018-01-01""#) && !edges[0].contains("end="), "member-of since 2018, still")
        #expect(edges[2].contains(#"start="2020-05-01" end="2020-05-31""#))
        let nodes = lines.filter { $0.contains("<node ") }
        #expect(nodes[0].contains(#"start="2018-01-01""#), "a: every tie dated")
        #expect(!nodes[1].contains("start=") && !nodes[2].contains("start="), "b and c have an undated tie")
        #expect(edges[1].contains(#"<attvalue for="directed" value="false"/>"#))
    }

    @Test("GraphML and GEXF are written directed, with a boolean `directed` per tie; StakeMap reads them back without warnings")
    func directedExports() throws {
        let graph = try InteropNetworks.named("libya")
        let graphML = GraphMLWriter().write(graph)
        #expect(graphML.contains(#"edgedefault="directed""#))
        #expect(graphML.contains(#"<key id="e_directed" for="edge" attr.name="directed" attr.type="boolean"/>"#))
        for format in [GraphFormat.graphml, .gexf] {
            let loaded = try GraphLoader.load(path: InteropNetworks.write(graph, as: format).path)
            #expect(loaded.warnings.isEmpty, "\(format): \(loaded.warnings.map(\.message))")
        }
    }

    @Test("a kind-less directed edge of a foreign file keeps its declared direction through GraphML, GEXF and Kumu")
    func declaredDirection() throws {
        let text = """
        <graphml><graph edgedefault="directed"><node id="a"/><node id="b"/><edge source="b" target="a"/></graph></graphml>
        """
        let graph = try GraphMLReader().read(data: Data(text.utf8), file: "foreign.graphml").graph
        #expect(graph.ties[0].declaredDirected == true && graph.ties[0].kind == .related)
        for format in [GraphFormat.graphml, .gexf, .kumuJSON, .kumuCSV] {
            let loaded = try GraphLoader.load(path: InteropNetworks.write(graph, as: format).path)
            #expect(loaded.graph.ties == graph.ties, "\(format)")
            #expect(loaded.warnings.isEmpty, "\(format): \(loaded.warnings.map(\.message))")
        }
    }

    @Test("Cypher: the Neo4j-only constraints are a block of their own before the plain openCypher data")
    func cypherBlocks() {
        let lines = CypherWriter().write(InteropNetworks.synthetic).split(separator: "\n", omittingEmptySubsequences: false)
        let marker = lines.firstIndex { $0 == CypherWriter.neo4jOnlyMarker[...] }
        let blank = lines.firstIndex { $0.isEmpty }
        #expect(marker == 1 && blank == 5)
        #expect(lines[2..<5].allSatisfy { $0.hasPrefix("CREATE CONSTRAINT") })
        #expect(lines[6] == CypherWriter.dataMarker[...])
        #expect(!lines[7...].contains { $0.contains("CONSTRAINT") })
    }
}
