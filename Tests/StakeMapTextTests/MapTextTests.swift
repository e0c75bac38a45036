import Foundation
import Testing
import StakeMap
import StakeMapRender
import StakeMapText

/// The map's words under `--lang ar` and `both`, through a real Graphviz render.
@Suite("map wording")
struct MapTextTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let libya: Graph = (try? NativeReader().read(path: repository.appendingPathComponent("graphs/libya-wps.yaml").path).graph) ?? Graph()

    /// The text of every `<text>` element of an SVG, entities decoded.
    static func texts(_ svg: String) -> [String] {
        svg.components(separatedBy: "<text").dropFirst().compactMap { chunk in
            guard let start = chunk.firstIndex(of: ">"), let end = chunk.range(of: "</text>") else { return nil }
            return String(chunk[chunk.index(after: start)..<end.lowerBound])
                .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"")
        }
    }

    static func latinWords(_ text: String) -> [String] {
        text.components(separatedBy: CharacterSet.letters.inverted).filter { $0.unicodeScalars.contains { $0.isASCII && CharacterSet.letters.contains($0) } }
    }

    @Test("an Arabic legend, title and caption, laid out right to left, with no English word but names")
    func arabicLegend() throws {
        let options = RenderOptions(format: .svg, language: .ar, events: .node, wording: MapText.wording(for: .ar))
        let svg = String(decoding: try MapRenderer.render(Self.libya, options: options).data, as: UTF8.self)
        let texts = Self.texts(svg)
        #expect(texts.contains { $0.contains("الجهات") } && texts.contains { $0.contains("العلاقات") })
        #expect(texts.contains { $0.contains("المناصرة من أجل المرأة والسلام والأمن في ليبيا") })
        #expect(texts.contains { $0.contains("\u{2067}بتاريخ \u{2068}4 أكتوبر 2025\u{2069}") }, "\(texts.prefix(3))")
        #expect(texts.contains { $0.contains("الجمهور: داخلي") })
        // Labels wrap names over several lines: every Latin word must be a word of some name.
        var nameWords = Set<String>()
        for actor in Self.libya.actors { nameWords.formUnion(actor.allNames.flatMap(Self.latinWords)) }
        for event in Self.libya.events { nameWords.formUnion((event.name?.allValues ?? []).flatMap(Self.latinWords)) }
        for text in texts {
            let english = Self.latinWords(text).filter { !nameWords.contains($0) }
            #expect(english.isEmpty, "English in the Arabic map: \(text)")
        }
    }

    @Test("both: the focus caption is one English line and one Arabic line, each isolated (no '1 ,معا نبنيها step')")
    func bothCaption() throws {
        let options = RenderOptions(format: .svg, language: .both, focus: Focus(actor: "twbi", depth: 1), wording: MapText.wording(for: .both))
        let svg = String(decoding: try MapRenderer.render(Self.libya, options: options).data, as: UTF8.self)
        let texts = Self.texts(svg)
        #expect(texts.contains { $0.contains("around Together We Build It, 1 step") }, "\(texts.prefix(4))")
        #expect(texts.contains { $0.hasPrefix("\u{2067}") && $0.contains("حول معا نبنيها، العمق: خطوة واحدة") }, "\(texts.prefix(4))")
        #expect(!texts.contains { $0.contains("Together We Build It / معا نبنيها, 1 step") })
    }

    @Test("the caption words: plurals, dates, digits")
    func caption() {
        let facts = MapWording.Caption(asOf: PartialDate(year: 2025, month: 10, day: 4), focusName: LocalizedText(["en": "Together We Build It"]),
                                       focusDepth: 2, actors: 11, links: 2, audience: .public)
        #expect(MapText.caption(facts, in: Words(.en)) == "As of 2025-10-04 · around Together We Build It, 2 steps · 11 actors, 2 links · audience: public")
        let arabic = MapText.caption(facts, in: Words(.ar, digits: .arabicIndic))
        #expect(arabic == "بتاريخ \u{2068}٤ أكتوبر ٢٠٢٥\u{2069} · حول \u{2068}Together We Build It\u{2069}، العمق: خطوتان · ١١ جهةً، رابطان · الجمهور: عام")
    }
}
