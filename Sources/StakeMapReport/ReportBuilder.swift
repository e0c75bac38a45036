import Foundation
import Plot
import StakeMap
import StakeMapAnalysis
import StakeMapRender
import StakeMapText

/// Builds the shareable report: one self-contained HTML page with the coalition map, the actor
/// table, the gap findings, the mission plan and the timeline.
///
/// ```swift
/// let report = ReportBuilder.build(graph, options: ReportOptions(language: .both, audience: .public))
/// try Data(report.html.utf8).write(to: url)
/// ```
public enum ReportBuilder {
    /// The report on the part of `graph` that `options.audience` may see.
    ///
    /// Everything is computed on `graph.visible(to:)` (the map by `MapRenderer` with the same
    /// audience), so nothing withheld — name, alias, note, source, id, count — is in the page.
    /// When Graphviz cannot draw the map the page says so and the rest is still written.
    /// - Parameter preparation: Graphviz's checks and warm-up, started with
    ///   `RenderEnvironment.prepare()` while the network was loaded (see `MapRenderer.render`).
    /// - Complexity: dominated by betweenness (O(V·E)), the gap detectors and the layout.
    public static func build(_ graph: Graph, options: ReportOptions = ReportOptions(),
                             preparation: RenderPreparation? = nil) -> Report {
        let analysis = ReportAnalysis(graph, options: options)
        // A PageRank that gave up is not a measure: an error the command refuses the page on.
        var warnings = analysis.pageRank.converged ? [Diagnostic]() : [Diagnostic(.error, at: nil, PageRankRule.nonConvergence)]
        var svg: String?
        var problem: String?
        if options.includesMap {
            do {
                let map = try MapRenderer.render(analysis.graph, options: mapOptions(analysis), preparation: preparation)
                warnings += map.warnings
                svg = ReportSections.inlineSVG(map.data)
            } catch {
                let message = (error as? StakeMapError)?.diagnostics.first?.message ?? String(describing: error)
                problem = message
                warnings.append(Diagnostic(.warning, at: nil, "the report has no map: \(message)"))
            }
        }
        let meetings = ReportMeetings(graph: analysis.graph, audience: options.audience)
        let cards = analysis.graph.actors.enumerated().map {
            ActorCard(actor: $0.element, index: $0.offset, analysis: analysis, meetingIndex: meetings).tree
        }
        let names = analysis.graph.actors.map { MarkupTree.name($0.name, options.language) }
        let rows = ReportTable.rows(analysis)
        let language = options.language
        let html = HTML(
            .attribute(named: "lang", value: language == .ar ? "ar" : "en"),
            .attribute(named: "dir", value: language == .ar ? "rtl" : "ltr"),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: ReportSections.title(analysis)),
                .style(ReportStyle.css + ReportHistory.css)
            ),
            .body(
                Markup.class("lang-\(language.rawValue)"),
                ReportSections.header(analysis),
                ReportSections.navigation(analysis),
                Markup.element("main",
                               ReportSections.map(analysis, svg: svg, problem: problem),
                               ReportTable.section(analysis, rows: rows),
                               ReportFindings.section(analysis),
                               ReportPlan.section(analysis),
                               ReportTimeline.section(analysis),
                               ReportHistory.section(analysis)),
                ReportSections.footer(analysis),
                Markup.element("script", Markup.attribute("type", "application/json"), Markup.attribute("id", "report-data"),
                               .raw(ReportData.json(analysis, cards: cards, names: names, rows: rows.dropFirst(ReportTable.pageSize)))),
                Markup.element("script", .raw(ReportScript.source))
            )
        )
        return Report(html: MarkupEscaping.neutralized(html.render()), hasMap: svg != nil, warnings: warnings)
    }

    /// The map's options: labels in the report's language, nodes sized by PageRank on the
    /// visible network, for the report's audience.
    private static func mapOptions(_ analysis: ReportAnalysis) -> RenderOptions {
        var sizes = [String: Double]()
        for (node, id) in analysis.network.ids.enumerated() { sizes[id] = analysis.pageRank.values[node] }
        let language: LabelLanguage = switch analysis.options.language {
        case .en: .en
        case .ar: .ar
        case .both: .both
        }
        return RenderOptions(format: .svg, language: language, audience: analysis.options.audience,
                             title: analysis.options.title, sizeBy: sizes, sizeCaption: ReportText.pageRank.text(analysis.options.language),
                             wording: MapText.wording(for: language))
    }
}
