import Foundation
import Testing
@testable import StakeMapRender

/// Every name renders as its text, never as markup or as a Graphviz escape.
@Suite("Escaping")
struct EscapingTests {
    @Test("hostile names come out as text in SVG", arguments: Fixtures.hostileNames.map(\.id))
    func hostileNameInSVG(id: String) throws {
        let expected = try #require(Fixtures.hostileNames.first { $0.id == id }).name
        let document = try svg(Fixtures.hostile(), RenderOptions(layout: .dot))
        let group = try #require(document.groups["actor-\(id)"])
        #expect(group.texts.joined(separator: "\n") == expected)
        #expect(group.tooltip?.hasPrefix(expected) == true, "tooltip: \(group.tooltip ?? "nil")")
        #expect(group.title == id)
    }

    @Test("no markup is injected")
    func noInjectedElements() throws {
        let document = try svg(Fixtures.hostile(), RenderOptions(layout: .neato))
        #expect(!document.elementNames.contains("script"))
        #expect(!document.elementNames.contains("B"))
        #expect(document.allTexts.contains("Title <b>&amp;</b> \"\\N\""))
    }

    @Test("tie places in tooltips come out as text")
    func tooltipsOfTies() throws {
        let document = try svg(Fixtures.hostile(), RenderOptions(layout: .dot))
        for (index, hostile) in Fixtures.hostileNames.enumerated() {
            let tooltip = try #require(document.groups["tie-\(index)"]?.tooltip)
            #expect(tooltip.hasSuffix("\n" + hostile.name), "tie-\(index): \(tooltip)")
        }
    }

    @Test("hostile names render in every format without Graphviz errors", arguments: RenderFormat.allCases)
    func everyFormat(format: RenderFormat) throws {
        let map = try MapRenderer.render(Fixtures.hostile(), options: RenderOptions(format: format, language: .both))
        #expect(!map.data.isEmpty)
        #expect(!map.warnings.contains { $0.message.contains("Error") })
    }

    @Test("the DOT output keeps labels escaped")
    func dotText() throws {
        let map = try MapRenderer.render(Fixtures.hostile(), options: RenderOptions(format: .dot, layout: .dot))
        let text = try #require(String(data: map.data, encoding: .utf8))
        #expect(text.contains(#"label="C:\\path\\","#))
        #expect(text.contains(#"label="Say &quot;hi&quot; &amp; 'bye'""#))
        #expect(text.contains(#"label="first line\nsecond line""#))
        #expect(!text.contains("label=<<B>"))
    }

    @Test("plain labels")
    func plainLabels() {
        #expect(GraphvizText.label(#"a\N "b" & c"#) == #"a\\N &quot;b&quot; &amp; c"#)
        #expect(GraphvizText.label("one\r\ntwo\rthree\nfour") == #"one\ntwo\nthree\nfour"#)
        #expect(GraphvizText.label("tab\there\u{1}\u{7F}") == "tab here")
        #expect(GraphvizText.tooltip(#"a\b"#) == #"a\\\\b"#)
    }

    @Test("HTML-like label text")
    func htmlText() {
        #expect(GraphvizText.html("<b>&\"'\nx") == "&lt;b&gt;&amp;&quot;&#39;<BR/>x")
    }

    @Test("identifiers")
    func identifiers() {
        #expect(GraphvizText.identifier("twbi.ly_2-x") == "twbi.ly_2-x")
        #expect(GraphvizText.identifier("a b\"<") == "a%20b%22%3C")
        #expect(GraphvizText.identifier("مع") == "%D9%85%D8%B9")
    }
}
