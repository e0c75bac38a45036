import Foundation
import Testing
import StakeMapFormats

/// GraphML as networkx, Gephi and yEd write it.
@Suite("GraphML reader")
struct GraphMLReaderTests {
    @Test("networkx karate club: 34 actors, 78 ties, ids kept, title from the graph's name")
    func karate() throws {
        let loaded = try GraphLoader.load(path: ForeignFiles.fixture("karate.graphml"))
        let graph = loaded.graph
        #expect(graph.actors.count == 34)
        #expect(graph.ties.count == 78)
        #expect(graph.actors.map(\.id) == (0..<34).map(String.init))
        #expect(graph.title?.text() == "Zachary's Karate Club")
        #expect(graph.ties.allSatisfy { $0.kind == .related && (1...5).contains($0.strength) })
        #expect(graph.ties.first { $0.from == "0" && $0.to == "1" }?.strength == 4)
        // `club` has no StakeMap field: it is kept as a custom field. Weights are kept exactly in
        // `weight` (strength is their 1–5 rounding), so nothing is said about them.
        let messages = loaded.warnings.map(\.message)
        #expect(graph.actor(withID: "0")?.fields["club"] == .text("Mr. Hi"))
        #expect(graph.actor(withID: "9")?.fields["club"] == .text("Officer"))
        #expect(!messages.contains { $0.contains("were ignored") })
        #expect(messages.filter { $0.contains("edge weights") }.isEmpty)
        #expect(graph.ties.first { $0.from == "0" && $0.to == "1" }?.weight == 4)
        #expect(graph.ties.contains { ($0.weight ?? 0) > 5 })
        #expect(loaded.warnings.allSatisfy { $0.severity == .warning })
    }

    @Test("Les Misérables: ids slugged with the originals as aliases, weights rounded and clamped")
    func lesMiserables() throws {
        let loaded = try GraphMLReader().read(path: ForeignFiles.fixture("lesmis.graphml"))
        let graph = loaded.graph
        #expect(graph.actors.count == 77)
        #expect(graph.ties.count == 254)
        let valjean = try #require(graph.actor(withID: "valjean"))
        #expect(valjean.aliases == ["Valjean"])
        #expect(valjean.displayName() == "Valjean")
        let strengths = Dictionary(graph.ties.map { ("\($0.from)|\($0.to)", $0.strength) }, uniquingKeysWith: { a, _ in a })
        #expect(strengths["napoleon|myriel"] == 1)   // weight 1
        #expect(strengths["valjean|javert"] == 5)    // weight 17, clamped
        let renaming = try #require(loaded.warnings.first { $0.message.contains("were renamed") })
        #expect(renaming.message.contains("'Myriel' → myriel"))
        #expect(renaming.location?.line == 5)
    }

    @Test("a directed graph: kinds, strengths, dates, countries, tags; kind-less directed edges keep their direction")
    func directed() throws {
        let loaded = try GraphMLReader().read(path: ForeignFiles.fixture("directed.graphml"))
        let graph = loaded.graph
        #expect(graph.title?.text() == "Funding and membership")
        #expect(graph.actors.map(\.id) == ["lwa", "twbi", "eu", "unsmil"])
        let lwa = try #require(graph.actor(withID: "lwa"))
        #expect(lwa.kind == .coalition)
        #expect(lwa.country == "LY")
        #expect(lwa.tags == ["women-led", "civil-society"])
        #expect(graph.actor(withID: "unsmil")?.kind == .unBody)
        #expect(graph.ties.map(\.kind) == [.memberOf, .funds, .related])
        #expect(graph.ties.map(\.strength) == [3, 5, 2])
        #expect(graph.ties[1].date?.description == "2019-03")
        #expect(graph.ties[0].from == "twbi" && graph.ties[0].to == "lwa")
        // A directed edge with no StakeMap kind keeps the file's direction (issue 16): nothing lost, no warning.
        #expect(graph.ties[2].isDirected && graph.ties[2].declaredDirected == true)
        #expect(loaded.warnings.filter { $0.message.contains("directed edges became") }.isEmpty)
    }

    @Test("yEd: graphics data is skipped, its node labels become names")
    func yEd() throws {
        let loaded = try GraphMLReader().read(path: ForeignFiles.fixture("yed.graphml"))
        let graph = loaded.graph
        #expect(graph.actors.map(\.id) == ["n0", "n1", "n2"])
        #expect(graph.actors.map { $0.displayName() } == ["Marib Women Forum", "Office of the UN Special Envoy for Yemen", "n2"])
        #expect(graph.actor(withID: "n0")?.note == "Hosts the consultations")
        #expect(graph.ties.count == 2)
        #expect(!loaded.warnings.contains { $0.message.contains("were ignored") && $0.message.contains("nodegraphics") })
    }

    @Test("Gephi and Cytoscape style: keys named by id, viz attributes listed as ignored, `interaction` as the kind")
    func gephiAndCytoscape() throws {
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key attr.name="label" attr.type="string" for="node" id="label"/>
          <key attr.name="Edge Label" attr.type="string" for="edge" id="edgelabel"/>
          <key attr.name="weight" attr.type="double" for="edge" id="weight"/>
          <key attr.name="interaction" attr.type="string" for="edge" id="interaction"/>
          <key attr.name="r" attr.type="int" for="node" id="r"/>
          <key attr.name="x" attr.type="float" for="node" id="x"/>
          <graph edgedefault="undirected">
            <node id="0"><data key="label">Nisaa</data><data key="r">153</data><data key="x">-12.5</data></node>
            <node id="1"><data key="label">UN Women</data></node>
            <edge id="0" source="0" target="1"><data key="weight">2.0</data><data key="interaction">partners with</data></edge>
          </graph>
        </graphml>
        """
        let loaded = try GraphMLReader().read(data: Data(text.utf8), file: "gephi.graphml")
        #expect(loaded.graph.actors.map { $0.displayName() } == ["Nisaa", "UN Women"])
        #expect(loaded.graph.ties.first?.kind == .partnersWith)
        #expect(loaded.graph.ties.first?.strength == 2)
        let ignored = try #require(loaded.warnings.first { $0.message.contains("were ignored") })
        #expect(ignored.message.hasSuffix("'r', 'x'"))
        #expect(loaded.graph.ties.first?.fields.isEmpty == true)
        #expect(loaded.warnings.count == 1)
    }

    @Test("key defaults apply to nodes and edges without the data")
    func defaults() throws {
        let text = """
        <graphml>
          <key id="k" for="node" attr.name="kind"><default>person</default></key>
          <key id="w" for="edge" attr.name="weight"><default>3</default></key>
          <graph edgedefault="undirected">
            <node id="a"/><node id="b"><data key="k">organisation</data></node>
            <edge source="a" target="b"/>
          </graph>
        </graphml>
        """
        let graph = try GraphMLReader().read(data: Data(text.utf8), file: "defaults.graphml").graph
        #expect(graph.actors.map(\.kind) == [.person, .organization])
        #expect(graph.ties.first?.strength == 3)
    }

    @Test("ids that are not slugs: transliterated, deduplicated, deterministic")
    func slugs() throws {
        let text = """
        <graphml><graph edgedefault="undirected">
          <node id="معا نبنيها"/><node id="Mme. Magloire"/><node id="mme.-magloire"/><node id="MME. MAGLOIRE"/><node id="!!!"/>
          <edge source="معا نبنيها" target="!!!"/>
        </graph></graphml>
        """
        let graph = try GraphMLReader().read(data: Data(text.utf8), file: "slugs.graphml").graph
        #expect(graph.actors.map(\.id) == ["ma-nbnyha", "mme.-magloire-2", "mme.-magloire", "mme.-magloire-3", "node"])
        #expect(graph.actors[0].aliases == ["معا نبنيها"])
        #expect(graph.actors[0].displayName() == "معا نبنيها")
        #expect(graph.ties.first.map { [$0.from, $0.to] } == ["ma-nbnyha", "node"])
    }
}
