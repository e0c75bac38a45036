import Foundation
import Testing
@testable import StakeMapRender

/// Engine choice by size, slow-engine bounds, determinism and thread safety.
@Suite("Layout")
struct LayoutTests {
    @Test("auto picks by size")
    func autoChoice() {
        #expect(LayoutEngine.auto.resolved(nodeCount: 60) == .dot)
        #expect(LayoutEngine.auto.resolved(nodeCount: 150) == .dot)
        #expect(LayoutEngine.auto.resolved(nodeCount: 151) == .neato)
        #expect(LayoutEngine.auto.resolved(nodeCount: 801) == .sfdp)
        #expect(LayoutEngine.fdp.resolved(nodeCount: 5_000) == .fdp)
    }

    @Test("an explicit slow engine on a big map warns and is bounded")
    func slowEngine() {
        let plan = LayoutPlan(requested: .dot, nodeCount: 400, root: nil)
        #expect(plan.warnings.count == 1)
        #expect(plan.attributes.contains { $0.name == "nslimit" && $0.value == "1" })
        #expect(LayoutPlan(requested: .auto, nodeCount: 140, root: nil).warnings.isEmpty)
        #expect(LayoutPlan(requested: .dot, nodeCount: 50, root: nil).attributes.allSatisfy { $0.name != "nslimit" })
    }

    @Test("the same input gives byte-identical SVG", arguments: [LayoutEngine.dot, .neato])
    func deterministic(layout: LayoutEngine) throws {
        // Several coalitions (clusters) and repeated renders in one process: cluster order
        // used to follow malloc addresses.
        for graph in [Fixtures.briefing(), Fixtures.synthetic(actors: 80)] {
            let options = RenderOptions(layout: layout, language: .both, events: .node)
            let first = try MapRenderer.render(graph, options: options)
            #expect(first.layout == layout)
            for _ in 0..<3 {
                let again = try MapRenderer.render(graph, options: options)
                #expect(first.data == again.data)
            }
        }
    }

    @Test("renders from many tasks at once are serialized")
    func concurrentRenders() async throws {
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let format: RenderFormat = index % 2 == 0 ? .svg : .png
                    return try MapRenderer.render(Fixtures.synthetic(actors: 40, seed: UInt64(index)),
                                                  options: RenderOptions(format: format, layout: index % 3 == 0 ? .neato : .dot)).data.count
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(sizes.count == 8)
        #expect(sizes.allSatisfy { $0 > 0 })
    }

    @Test("a thousand actors render to SVG quickly with auto")
    func thousandActors() throws {
        let graph = Fixtures.synthetic(actors: 1_000)
        let start = Date()
        let map = try MapRenderer.render(graph, options: RenderOptions(layout: .auto))
        let seconds = Date().timeIntervalSince(start)
        #expect(map.layout == .sfdp)
        #expect(map.nodeCount == 1_000)
        #expect(seconds < 10, "took \(seconds) s")
        #expect(SVGDocument.parse(map.data) != nil)
    }
}
