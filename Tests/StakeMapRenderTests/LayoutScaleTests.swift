import Foundation
import Testing
import StakeMap
@testable import StakeMapRender

/// Maps of thousands: disconnected maps are packed, big connected ones get bounded overlap
/// removal, and both stay quick.
@Suite("Layout at scale")
struct LayoutScaleTests {
    private func isolated(_ count: Int) -> Graph {
        Graph(actors: (0..<count).map { Actor(id: "a\($0)", kind: $0 % 3 == 0 ? .person : .organization, name: LocalizedText("Actor \($0)")) })
    }

    @Test("component sizes by union–find")
    func components() {
        let sizes = LayoutPacking.componentSizes(nodeCount: 7, edges: [(0, 1), (1, 2), (4, 5)])
        #expect(sizes.sorted() == [1, 1, 2, 3])
    }

    @Test("a map of isolated actors is packed in a grid, a connected one is not")
    func packing() {
        var scene = Scene()
        scene.engine = .sfdp
        scene.nodes = (0..<1_000).map { Scene.Node(name: "a\($0)", cluster: nil, attributes: []) }
        let grid = LayoutPacking.attributes(for: scene)
        #expect(grid.contains(Scene.Attribute(name: "pack", value: "true")))
        #expect(grid.contains { $0.name == "packmode" && $0.value.hasPrefix("array_") })
        scene.edges = (1..<1_000).map { Scene.Edge(name: "e\($0)", tail: $0 - 1, head: $0, attributes: []) }
        #expect(LayoutPacking.attributes(for: scene).isEmpty)
        scene.edges.removeLast(3)
        #expect(LayoutPacking.attributes(for: scene).contains(Scene.Attribute(name: "packmode", value: "graph")))
        scene.engine = .dot
        scene.edges = []
        #expect(LayoutPacking.attributes(for: scene).isEmpty)
    }

    @Test("sfdp beyond the neato range bounds overlap removal")
    func largePlan() {
        let large = LayoutPlan(requested: .auto, nodeCount: 5_000, root: nil)
        #expect(large.engine == .sfdp)
        #expect(large.attributes.contains(Scene.Attribute(name: "overlap", value: "prism5")))
        #expect(large.attributes.contains(Scene.Attribute(name: "quadtree", value: "fast")))
        let small = LayoutPlan(requested: .sfdp, nodeCount: 60, root: nil)
        #expect(small.attributes.contains(Scene.Attribute(name: "overlap", value: "prism")))
    }

    @Test("1,000 isolated actors render quickly, packed")
    func isolatedActors() throws {
        let start = Date()
        let map = try MapRenderer.render(isolated(1_000), options: RenderOptions(format: .svg))
        #expect(map.nodeCount == 1_000)
        #expect(Date().timeIntervalSince(start) < 20)
        let dot = try MapRenderer.render(isolated(300), options: RenderOptions(format: .dot))
        #expect(String(decoding: dot.data, as: UTF8.self).contains("packmode"))
    }

    @Test("an sfdp map comes out the same whatever was drawn before it in the process")
    func sfdpIndependentOfEarlierMaps() throws {
        // sfdp coarsens with the C library's random numbers before it seeds them; each layout
        // starts from a new process's state, so other maps drawn meanwhile (by other tests
        // too) change nothing.
        let options = RenderOptions(format: .svg, layout: .sfdp)
        let graph = Fixtures.synthetic(actors: 150)
        let first = try MapRenderer.render(graph, options: options).data
        for seed in 2...3 { _ = try MapRenderer.render(Fixtures.synthetic(actors: 120, seed: UInt64(seed)), options: options) }
        #expect(try MapRenderer.render(graph, options: options).data == first)
    }

    @Test("a map whose Graphviz memory is left to the process's exit has the same bytes")
    func memoryLeftToExit() throws {
        let graph = Fixtures.synthetic(actors: 80)
        for format in [RenderFormat.svg, .dot] {
            let options = RenderOptions(format: format, layout: .sfdp)
            #expect(try MapRenderer.render(graph, options: options, releasingMemory: false).data
                    == MapRenderer.render(graph, options: options).data)
        }
    }

    @Test("a map drawn after a preparation (early or for its layout and format) has the same bytes")
    func preparedRender() throws {
        let graph = Fixtures.synthetic(actors: 80)
        for format in [RenderFormat.svg, .dot] {
            let options = RenderOptions(format: format, layout: .sfdp)
            let plain = try MapRenderer.render(graph, options: options).data
            let prepared = try MapRenderer.render(graph, options: options,
                                                  preparation: RenderEnvironment.prepare(layout: .sfdp, format: format))
            #expect(prepared.data == plain)
            RenderEnvironment.prepareEarly()
            let early = try MapRenderer.render(graph, options: options, releasingMemory: false,
                                               preparation: RenderEnvironment.prepare(layout: .sfdp, format: format))
            #expect(early.data == plain)
        }
    }
}
