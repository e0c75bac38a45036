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

    @Test("escaping on bytes agrees with its definition on characters, for every awkward character")
    func escapingAgreesWithDefinition() {
        // The pieces every escape rule is about, plus text that must pass through untouched:
        // Arabic, an emoji, a middle dot (C2 B7, beside the C1 controls C2 80…9F), U+FFFD and
        // U+FFFC (beside the non-characters U+FFFE and U+FFFF).
        let pieces = ["\\", "&", "\"", "\n", "\r", "\r\n", "\t", "\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}",
                      "\u{A0}", "·", "\u{FFFD}", "\u{FFFC}", "\u{FFFE}", "\u{FFFF}", "مع", "👩🏽‍💼", "a", " ", "\\N", "é"]
        var state: UInt64 = 7
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(state % 9) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1
            #expect(GraphvizText.normalizedLines(text) == Self.normalizedByDefinition(text), "\(Array(text.unicodeScalars))")
            #expect(GraphvizText.label(text) == Self.escapedByDefinition(text, backslash: "\\\\"), "\(Array(text.unicodeScalars))")
            #expect(GraphvizText.tooltip(text) == Self.escapedByDefinition(text, backslash: "\\\\\\\\"))
            #expect(GraphvizText.oneLine(text) == text.unicodeScalars.map { $0 == "\n" ? " / " : String($0) }.joined())
        }
    }

    /// The rules of `GraphvizText.normalizedLines`, scalar by scalar.
    private static func normalizedByDefinition(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar.value {
            case 0x0D: result.append("\n")
            case 0x0A: if previous != "\r" { result.append("\n") }
            case 0x09: result.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// The rules of `GraphvizText.label` and `.tooltip`, scalar by scalar.
    private static func escapedByDefinition(_ text: String, backslash: String) -> String {
        normalizedByDefinition(text).unicodeScalars.map { scalar in
            switch scalar {
            case "\\": backslash
            case "&": "&amp;"
            case "\"": "&quot;"
            case "\n": "\\n"
            default: String(scalar)
            }
        }.joined()
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
