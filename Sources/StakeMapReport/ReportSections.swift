import Foundation
import Plot
import StakeMap
import StakeMapAnalysis

/// The page's frame: the header with title, date and audience, the navigation, the map with
/// its card panel, and the footer.
enum ReportSections {
    /// The title over the page.
    static func title(_ analysis: ReportAnalysis) -> String {
        if let title = analysis.options.title { return title }
        guard let title = analysis.graph.title else { return ReportText.report.text(analysis.options.language) }
        switch analysis.options.language {
        case .en: return title.text(in: "en")
        case .ar: return title.exactly("ar") ?? title.text(in: "en")
        case .both: return title.text(in: "en")
        }
    }

    /// The header: title (both languages in `both`), description, date, counts and audience.
    static func header(_ analysis: ReportAnalysis) -> BodyNode {
        let language = analysis.options.language
        let graph = analysis.graph
        var nodes: [BodyNode] = [Markup.element("p", Markup.class("kicker"), Markup.phrase(ReportText.report, language))]
        if analysis.options.title == nil, let title = graph.title, language == .both {
            nodes.append(Markup.element("h1", Markup.name(title, .both, block: true)))
        } else {
            nodes.append(Markup.element("h1", .text(title(analysis))))
        }
        if let description = graph.description {
            let text = language == .ar ? (description.exactly("ar") ?? description.text(in: "en")) : description.text(in: "en")
            let isEnglish = language == .ar && description.exactly("ar") == nil
            nodes.append(isEnglish ? Markup.english(text, language, element: "p", class: "description")
                                   : Markup.element("p", Markup.class("description"), .text(text)))
        }
        var facts = [BodyNode]()
        if let asOf = analysis.options.asOf ?? graph.asOf {
            facts.append(Markup.element("span", Markup.phrase(ReportText.asOf, language), .text(" "), Markup.ltr(asOf.description)))
        }
        facts.append(Markup.element("span", .text("\(graph.actors.count) "), Markup.phrase(ReportText.actors, language)))
        facts.append(Markup.element("span", .text("\(graph.ties.count) "), Markup.phrase(ReportText.ties, language)))
        facts.append(Markup.element("span", .text("\(graph.events.count) "), Markup.phrase(ReportText.events, language)))
        nodes.append(Markup.element("p", [Markup.class("facts")] + facts))
        nodes.append(Markup.element("p", Markup.class("audience \(analysis.options.audience.rawValue)"),
                                    Markup.element("strong", Markup.phrase(ReportText.audience, language), .text(": "),
                                                   Markup.phrase(ReportText.audience(analysis.options.audience), language)),
                                    .text(" — "), Markup.phrase(ReportText.withheldNotice, language)))
        return Markup.element("header", nodes)
    }

    /// Links to the sections.
    static func navigation(_ analysis: ReportAnalysis) -> BodyNode {
        let language = analysis.options.language
        let items: [(String, Phrase)] = [("map", ReportText.map), ("actors", ReportText.actors), ("gaps", ReportText.gaps),
                                         ("plan", ReportText.plan), ("timeline", ReportText.timeline),
                                         ("over-time", ReportHistory.heading)]
        return Markup.element("nav", items.map { id, phrase in
            Markup.element("a", Markup.attribute("href", "#\(id)"), Markup.phrase(phrase, language))
        })
    }

    /// The map (inline SVG, pan and zoom) beside the panel where the script shows actor cards.
    static func map(_ analysis: ReportAnalysis, svg: String?, problem: String?) -> BodyNode {
        let language = analysis.options.language
        let view: BodyNode
        if let svg {
            view = Markup.element("div", Markup.attribute("id", "map-view"), Markup.constant("aria-label", ReportText.map.text(language)),
                                  .raw(svg))
        } else {
            view = Markup.element("div", Markup.attribute("id", "map-view"), Markup.class("nomap"),
                                  Markup.element("p", Markup.phrase(ReportText.noMap, language), .text(problem.map { ": \($0)" } ?? "")))
        }
        let tools = Markup.element("div", Markup.class("map-tools"),
                                   button("in", "+", ReportText.zoomIn, language), button("out", "−", ReportText.zoomOut, language),
                                   button("fit", ReportText.reset.text(language), ReportText.reset, language))
        let panel = Markup.element("aside", [Markup.attribute("id", "cards"),
                                             Markup.element("p", Markup.attribute("id", "card-hint"), Markup.class("muted"),
                                                            Markup.phrase(ReportText.clickHint, language))])
        return Markup.section(id: "map", title: ReportText.map, language,
                              [Markup.element("div", Markup.class("map-wrap"), Markup.element("div", Markup.class("map-box"), tools, view), panel)])
    }

    private static func button(_ action: String, _ label: String, _ title: Phrase, _ language: ReportLanguage) -> BodyNode {
        Markup.element("button", Markup.attribute("type", "button"), Markup.attribute("data-zoom", action),
                       Markup.constant("title", title.text(language)), .text(label))
    }

    /// The footer: what made the page, for whom.
    static func footer(_ analysis: ReportAnalysis) -> BodyNode {
        let language = analysis.options.language
        return Markup.element("footer", Markup.class("muted"),
                              .text("stakemap report · "), Markup.phrase(ReportText.audience, language), .text(": "),
                              Markup.phrase(ReportText.audience(analysis.options.audience), language))
    }

    /// The SVG element of a Graphviz SVG document, without the XML declaration, the doctype and
    /// the comments Graphviz writes before each node and edge (a twentieth of a large map).
    /// - Complexity: O(size of `data`).
    static func inlineSVG(_ data: Data) -> String? {
        let bytes = [UInt8](data)
        guard let start = firstIndex(of: Array("<svg".utf8), in: bytes, from: 0) else { return nil }
        var kept = [UInt8]()
        kept.reserveCapacity(bytes.count - start)
        var position = start
        while let comment = firstIndex(of: Array("<!--".utf8), in: bytes, from: position),
              let end = firstIndex(of: Array("-->".utf8), in: bytes, from: comment + 4) {
            kept += bytes[position..<comment]
            position = end + 3
            // The line the comment stood on goes with it.
            if position < bytes.count, bytes[position] == UInt8(ascii: "\n") { position += 1 }
        }
        kept += bytes[position...]
        return String(decoding: kept, as: UTF8.self)
    }

    /// Where `needle` starts in `bytes` at or after `from`.
    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = from
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
