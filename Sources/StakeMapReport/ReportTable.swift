import Plot
import StakeMap
import StakeMapAnalysis

/// The actor table: searchable and sortable, with centralities, communities and brokerage.
enum ReportTable {
    /// The rows written into the page as markup; the rest travel as data (`ReportData`) and the
    /// script adds them as the table is scrolled, searched or sorted.
    static let pageSize = 200

    /// The table section, with the first `pageSize` of `rows` (from `rows(_:)`) as markup.
    static func section(_ analysis: ReportAnalysis, rows: [MarkupTree]) -> BodyNode {
        let language = analysis.options.language
        let columns: [(Phrase, Bool)] = [
            (ReportText.name, false), (ReportText.kind, false), (ReportText.degree, true), (ReportText.betweenness, true),
            (ReportText.pageRank, true), (ReportText.community, true), (ReportText.role, false), (ReportText.constraint, true),
        ]
        let keys = fieldKeys(analysis.graph)
        let header = Markup.element("thead", Markup.element("tr", columns.enumerated().map { number, column in
            Markup.element("th", Markup.attribute("data-col", "\(number)"), Markup.attribute("data-type", column.1 ? "number" : "text"),
                           Markup.attribute("tabindex", "0"), Markup.class(column.1 ? "num" : "txt"),
                           Markup.phrase(column.0, language), Markup.element("span", Markup.class("arrow")))
        } + keys.enumerated().map { number, key in
            // Custom fields (`fields: {club: …}`), one column each, by key.
            Markup.element("th", Markup.attribute("data-col", "\(columns.count + number)"), Markup.attribute("data-type", "text"),
                           Markup.attribute("tabindex", "0"), Markup.class("txt"), .text(key), Markup.element("span", Markup.class("arrow")))
        }))
        let tools = Markup.element("div", Markup.class("tools"),
                                   Markup.element("input", Markup.attribute("type", "search"), Markup.attribute("id", "search"),
                                                  Markup.constant("placeholder", ReportText.search.text(language)),
                                                  Markup.constant("aria-label", ReportText.search.text(language))),
                                   Markup.element("span", Markup.attribute("id", "shown"), Markup.class("muted"),
                                                  .text("\(rows.count) " + ReportText.count.text(language))),
                                   Markup.element("span", Markup.class("muted"),
                                                  .text(" · \(analysis.communityCount) " + ReportText.modularity.text(language)
                                                        + " " + ReportCells.number(analysis.modularity))))
        let table = Markup.element("div", Markup.class("scroll"),
                                   Markup.element("table", Markup.attribute("id", "actor-table"), header,
                                                  Markup.element("tbody", rows.prefix(pageSize).map { $0.node() })))
        return Markup.section(id: "actors", title: ReportText.actors, language, [tools, table])
    }

    /// The custom field keys of the actors, sorted.
    private static func fieldKeys(_ graph: Graph) -> [String] {
        Set(graph.actors.flatMap(\.fields.keys)).sorted()
    }

    /// Every row, most central actor (PageRank) first.
    static func rows(_ analysis: ReportAnalysis) -> [MarkupTree] {
        let keys = fieldKeys(analysis.graph)
        let order = analysis.graph.actors.indices.sorted { a, b in
            let (na, nb) = (analysis.node(of: analysis.graph.actors[a].id), analysis.node(of: analysis.graph.actors[b].id))
            let (pa, pb) = (na.map { analysis.pageRank.values[$0] } ?? 0, nb.map { analysis.pageRank.values[$0] } ?? 0)
            return pa != pb ? pa > pb : a < b
        }
        return order.map { row(analysis.graph.actors[$0], index: $0, analysis: analysis, fieldKeys: keys) }
    }

    private static func row(_ actor: Actor, index: Int, analysis: ReportAnalysis, fieldKeys: [String]) -> MarkupTree {
        let language = analysis.options.language
        func numeric(_ value: Double) -> MarkupTree {
            .element("td", [("class", "num"), ("data-v", ReportCells.sortKey(value))], .text(ReportCells.number(value)))
        }
        var cells: [MarkupTree] = [
            .element("td", [("class", "name")], .element("a", [("href", "#card-\(index)"), ("data-card", "\(index)")],
                                                          .name(actor.name, language, block: true))),
            .element("td", .text(ReportText.kind(actor.kind).text(language))),
        ]
        if let node = analysis.node(of: actor.id) {
            let role = analysis.dominantRole(of: node)
            cells += [
                numeric(analysis.degree.values[node]), numeric(analysis.betweenness.values[node]), numeric(analysis.pageRank.values[node]),
                .element("td", [("class", "num"), ("data-v", "\(analysis.community[node])")], .text("\(analysis.community[node])")),
                .element("td", [("class", "role")], .text(role.map { "\(ReportText.role($0.role).text(language)) (\($0.count))" } ?? "—"),
                         analysis.isCut[node] ? .element("span", [("class", "cut")], .phrase(ReportText.cutPoint, language)) : .empty),
                numeric(analysis.constraint.values[node]),
            ]
            cells += fieldKeys.map { key in .element("td", .text(actor.fields[key]?.description ?? "—")) }
        }
        return .element("tr", [("data-i", "\(index)")], cells)
    }
}
