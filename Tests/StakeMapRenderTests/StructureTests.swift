import Foundation
import Testing
@testable import StakeMapRender

/// The SVG carries ids, classes, tooltips, clusters and a legend of what is present.
@Suite("SVG structure")
struct StructureTests {
    @Test("every visible actor is found by its id, with its kind as class",
          arguments: [LayoutEngine.dot, .neato, .fdp, .sfdp, .circo, .twopi])
    func actorsByID(layout: LayoutEngine) throws {
        let graph = Fixtures.briefing()
        let document = try svg(graph, RenderOptions(layout: layout, audience: .internal))
        for actor in graph.actors where Audience.internal.canSee(actor.sensitivity) {
            let group = try #require(document.groups["actor-\(actor.id)"], "no group for \(actor.id)")
            #expect(group.classes.contains("actor"))
            #expect(group.classes.contains(actor.kind.rawValue))
            #expect(group.tooltip?.isEmpty == false)
        }
    }

    @Test("labels in the chosen language, falling back to the name that exists")
    func languages() throws {
        let graph = Fixtures.briefing()
        let english = try svg(graph, RenderOptions(language: .en))
        #expect(english.text(of: "actor-twbi") == "Together We Build It")
        let arabic = try svg(graph, RenderOptions(language: .ar))
        #expect(arabic.text(of: "actor-twbi") == "معا نبنيها")
        #expect(arabic.text(of: "actor-wasl") == "Women's Alliance for Security\nLeadership")
        let both = try svg(graph, RenderOptions(language: .both))
        #expect(both.text(of: "actor-twbi") == "Together We Build It\nمعا نبنيها")
    }

    @Test("ties carry id and class; directed kinds have arrows, met none")
    func ties() throws {
        let document = try svg(Fixtures.briefing(), RenderOptions(events: .node))
        let ties = document.groupOrder.filter { $0.hasPrefix("tie-") }.compactMap { document.groups[$0] }
        #expect(ties.contains { $0.classes == ["edge", "tie", "met"] })
        #expect(ties.contains { $0.classes.contains("threatens") })
        #expect(ties.allSatisfy { $0.classes.first == "edge" && $0.classes.contains("tie") })
        let merged = try #require(ties.first { $0.tooltip?.contains("Stephanie Williams") == true && $0.classes.contains("met") })
        #expect(merged.tooltip?.contains("2018 · Tunis") == true)
        #expect(merged.tooltip?.contains("2019-04 · Tripoli") == true)
    }

    @Test("events as nodes or folded into met edges")
    func events() throws {
        let asNodes = try svg(Fixtures.briefing(), RenderOptions(events: .node))
        let event = try #require(asNodes.groups["event-unsmil-workshop-2024"])
        #expect(event.classes.contains("workshop"))
        #expect(asNodes.groupOrder.contains { $0.hasPrefix("event-unsmil-workshop-2024-") })
        let folded = try svg(Fixtures.briefing(), RenderOptions(events: .edges))
        #expect(folded.groups["event-unsmil-workshop-2024"] == nil)
        let meetings = folded.groupOrder.compactMap { folded.groups[$0] }.filter { $0.classes.contains("event") }
        #expect(!meetings.isEmpty)
        #expect(meetings.allSatisfy { $0.classes.contains("met") })
        #expect(meetings.filter { $0.tooltip?.contains("Election security workshop (2024-10-30..2024-10-31)") == true }.count == 6)
    }

    @Test("the legend lists only the kinds present, with title and date")
    func legend() throws {
        let document = try svg(Fixtures.briefing(), RenderOptions(audience: .public))
        let texts = Set(document.allTexts)
        for present in ["person", "organization", "coalition", "un-body", "met", "member-of", "opposes",
                        "Women, peace and security in Libya"] {
            #expect(texts.contains(present), "legend lacks \(present)")
        }
        for absent in ["community", "threatens", "works-for", "event"] {
            #expect(!texts.contains(absent), "legend lists \(absent)")
        }
        #expect(document.allTexts.contains { $0.contains("As of 2025-10-04") && $0.contains("audience: public") })
    }

    @Test("coalitions are clusters holding their members (dot and fdp)", arguments: [LayoutEngine.dot, .fdp])
    func clusters(layout: LayoutEngine) throws {
        let document = try svg(Fixtures.briefing(), RenderOptions(layout: layout))
        let lwa = try #require(document.groups["coalition-lwa"])
        #expect(lwa.classes.contains("cluster"))
        let view = try MapView(graph: Fixtures.briefing(), audience: .internal, focus: nil)
        let scene = SceneBuilder.build(view: view, options: RenderOptions(layout: layout))
        func cluster(of id: String) -> String? {
            scene.nodes.first { $0.name == id }?.cluster.flatMap { index in
                scene.clusters[index].attributes.first { $0.name == "id" }?.value
            }
        }
        #expect(cluster(of: "twbi") == "coalition-lwa")
        #expect(cluster(of: "lwf") == "coalition-lwa", "a member of two coalitions goes into the first")
        #expect(cluster(of: "wilpf") == "coalition-wasl")
        #expect(cluster(of: "lwa") == "coalition-lwa")
        #expect(cluster(of: "unsmil") == nil)
    }

    @Test("no clusters for engines that ignore them")
    func noClustersForNeato() throws {
        let view = try MapView(graph: Fixtures.briefing(), audience: .internal, focus: nil)
        #expect(SceneBuilder.build(view: view, options: RenderOptions(layout: .neato)).clusters.isEmpty)
    }

    @Test("overlays: size, stance and community colours, highlight")
    func overlays() throws {
        let graph = Fixtures.briefing()
        let view = try MapView(graph: graph, audience: .internal, focus: nil)
        func attribute(_ name: String, of id: String, _ options: RenderOptions) -> String? {
            SceneBuilder.build(view: view, options: options).nodes.first { $0.name == id }?
                .attributes.last { $0.name == name }?.value
        }
        let sized = RenderOptions(sizeBy: ["twbi": 10, "lwa": 0, "unsmil": 5])
        #expect(attribute("width", of: "twbi", sized) == "2.25")
        #expect(attribute("width", of: "lwa", sized) == "0.75")
        #expect(attribute("width", of: "unsmil", sized) == "1.5")
        #expect(attribute("fillcolor", of: "moi", RenderOptions(coloring: .stance)) == Theme.fill(forStance: -1))
        let communities = RenderOptions(coloring: .community(["twbi": 7, "lwa": 7, "unsmil": 3]))
        #expect(attribute("fillcolor", of: "twbi", communities) == Theme.communityPalette[1])
        #expect(attribute("fillcolor", of: "unsmil", communities) == Theme.communityPalette[0])
        let highlighted = RenderOptions(highlight: Highlight(path: ["twbi", "amb-france"]))
        #expect(attribute("color", of: "twbi", highlighted) == Theme.highlight)
        #expect(attribute("color", of: "unsmil", highlighted) == Theme.dimmedOutline)
        let document = try svg(graph, highlighted)
        #expect(document.groupOrder.compactMap { document.groups[$0] }.contains {
            $0.classes.contains("tie") && $0.classes.contains("highlighted")
        })
    }

    @Test("focus keeps the neighbourhood only")
    func focus() throws {
        let graph = Fixtures.briefing()
        let near = try svg(graph, RenderOptions(focus: Focus(actor: "williams", depth: 1)))
        let actors = Set(near.groupOrder.filter { $0.hasPrefix("actor-") })
        #expect(actors == ["actor-williams", "actor-lwa", "actor-unsmil"])
        let far = try svg(graph, RenderOptions(focus: Focus(actor: "williams", depth: 2)))
        #expect(far.groups["actor-twbi"] != nil)
        #expect(far.groups["actor-hnec"] != nil)
        #expect(throws: StakeMapError.self) {
            try MapRenderer.render(graph, options: RenderOptions(audience: .internal,
                                                                 focus: Focus(actor: "defender-secret-7")))
        }
    }
}
