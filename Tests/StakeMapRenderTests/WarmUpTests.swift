import Foundation
import Testing
@testable import StakeMapRender

/// The warm-up before a render looks up, ahead of the map, every size and weight of text the
/// map's layout will measure; a step it did not reach is the map's own (same bytes).
@Suite("Render warm-up")
struct WarmUpTests {
    /// Every (size, bold) of the text in an SVG map, as Graphviz wrote it.
    private func textStyles(in svg: Data) -> Set<String> {
        let text = String(decoding: svg, as: UTF8.self)
        let element = /<text [^>]*>/
        return Set(text.matches(of: element).map { match in
            let tag = String(match.output)
            let size = tag.firstMatch(of: /font-size="([0-9.]+)"/).map { String($0.output.1) } ?? "?"
            return size + (tag.contains("font-weight=\"bold\"") ? " bold" : "")
        })
    }

    private func name(_ style: Theme.TextStyle) -> String {
        String(format: "%.2f", Double(style.points)) + (style.bold ? " bold" : "")
    }

    @Test("every size and weight of a map's text is among the theme's, which the warm-up measures")
    func everyStyleIsWarmed() throws {
        guard let graph = try RealNetworkTests.load() else { return }
        let shares = Dictionary(uniqueKeysWithValues: graph.actors.enumerated().map { index, actor in
            (actor.id, Double(index) / Double(max(1, graph.actors.count - 1)))
        })
        let unsized = [RenderOptions(language: .both), RenderOptions(language: .ar, events: .node)]
        let sized = RenderOptions(sizeBy: shares, sizeCaption: "betweenness")
        let warmed = Set(RenderEnvironment.warmUpSteps(layout: .auto).map { name($0.text) })
        let everyMap = Set(Theme.textStyles.map(name)), sizedOnly = Set(Theme.sizedLabelStyles.map(name))
        #expect(warmed == everyMap.union(sizedOnly))
        for options in unsized {
            let styles = textStyles(in: try MapRenderer.render(graph, options: options).data)
            #expect(styles.isSubset(of: everyMap), "not warmed up: \(styles.subtracting(everyMap).sorted())")
        }
        // A map sized by a measure uses every size from 10 to 18 points.
        let styles = textStyles(in: try MapRenderer.render(graph, options: sized).data)
        #expect(styles.isSubset(of: warmed), "not warmed up: \(styles.subtracting(warmed).sorted())")
        for points in Theme.Points.sizedRange { #expect(styles.contains(name(Theme.TextStyle(points: points))), "\(points)") }
    }

    @Test("the warm-up starts with each engine and the labels' text, then the other styles")
    func stepsInOrder() {
        let steps = RenderEnvironment.warmUpSteps(layout: .auto)
        let labels = Theme.TextStyle(points: Theme.Points.label)
        #expect(steps.prefix(2).map(\.engine) == [.dot, .sfdp])
        #expect(steps.prefix(2).allSatisfy { $0.text == labels })
        #expect(steps.dropFirst(2).allSatisfy { $0.engine == .dot && $0.text != labels })
        #expect(RenderEnvironment.warmUpSteps(layout: .neato).allSatisfy { $0.engine == .neato })
    }

    @Test("a preparation ends its warm-up when the map is ready, and leaves out sized labels for other maps")
    func decisions() {
        let sizedOnly = Theme.sizedLabelStyles[0], everyMap = Theme.textStyles[1]
        #expect(RenderEnvironment.warmUpDecision(for: everyMap, stopped: false, sizedLabels: false) == .take)
        #expect(RenderEnvironment.warmUpDecision(for: sizedOnly, stopped: false, sizedLabels: false) == .leaveOut)
        #expect(RenderEnvironment.warmUpDecision(for: sizedOnly, stopped: false, sizedLabels: true) == .take)
        #expect(RenderEnvironment.warmUpDecision(for: everyMap, stopped: true, sizedLabels: true) == .end)
    }

    @Test("a preparation ended at once and one left to finish its warm-up draw the same map")
    func stoppedOrFinished() throws {
        let graph = Fixtures.synthetic(actors: 60)
        let options = RenderOptions(format: .svg, layout: .sfdp)
        let stopped = try MapRenderer.render(graph, options: options, preparation: RenderEnvironment.prepare(layout: .sfdp, format: .svg))
        let preparation = RenderEnvironment.prepare(layout: .sfdp, format: .svg)
        // Time for every step (each takes milliseconds) before the map asks for the warnings.
        Thread.sleep(forTimeInterval: 0.5)
        let finished = try MapRenderer.render(graph, options: options, preparation: preparation)
        #expect(stopped.data == finished.data)
        #expect(stopped.warnings == finished.warnings)
    }
}
