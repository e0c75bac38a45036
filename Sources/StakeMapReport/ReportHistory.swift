import Foundation
import Plot
import StakeMap
import StakeMapAnalysis
import StakeMapText

/// The "network over time" section: small multiples, one bar chart per measure with a bar per
/// period, over the table of the same numbers and each period's most connected actors. The
/// charts follow the page's direction; inside each, time runs left to right, as the dates of
/// the table read.
///
/// Built on `Graph.history(by:)`, the slices `stats --over-time` prints (what happened in each
/// period; undated records left out), on the part of the network the audience may see.
enum ReportHistory {
    /// The measures drawn, one small multiple each.
    private static let measures: [HistoryLabel] = [.actorsActive, .ties, .meetings, .density, .components]

    /// The value of `measure` in `period`.
    private static func value(_ measure: HistoryLabel, _ period: PeriodSummary) -> Double {
        switch measure {
        case .actorsActive: Double(period.actorsActive)
        case .ties: Double(period.ties)
        case .meetings: Double(period.meetings)
        case .density: period.density
        case .components: Double(period.components)
        default: 0
        }
    }

    /// A value as written: density with three decimals, counts whole.
    private static func text(_ measure: HistoryLabel, _ value: Double) -> String {
        measure == .density ? String(format: "%.3f", value) : String(Int(value))
    }

    /// The section's heading (also its link in the navigation).
    static let heading = phrase(.heading)

    /// The period length: years, or quarters when the history spans fewer than three years.
    static func period(for graph: Graph) -> TimePeriod {
        guard let span = graph.dateSpan else { return .year }
        return span.end.lastDay.year - span.start.firstDay.year >= 2 ? .year : .quarter
    }

    /// The periods of the report's network, each naming its three most connected actors.
    static func history(_ analysis: ReportAnalysis) -> [PeriodSummary] {
        analysis.graph.history(by: period(for: analysis.graph), options: NetworkOptions(audience: analysis.options.audience), top: 3)
    }

    /// The section.
    static func section(_ analysis: ReportAnalysis) -> BodyNode {
        let language = analysis.options.language
        let periods = history(analysis)
        guard !periods.isEmpty else {
            return Markup.section(id: "over-time", title: heading, language,
                                  [Markup.element("p", Markup.class("muted"), Markup.phrase(phrase(.empty), language))])
        }
        let charts = measures.map { measure in chart(measure, periods.map { value(measure, $0) }, periods, language) }
        return Markup.section(id: "over-time", title: heading, language, [
            Markup.element("p", Markup.class("muted small"), Markup.phrase(phrase(.note), language)),
            Markup.element("div", [Markup.class("multiples")] + charts),
            table(periods, analysis),
        ])
    }

    /// One small multiple: a bar per period on a common baseline, the highest value and the
    /// first and last periods written, every bar with its period and value as a tooltip.
    private static func chart(_ label: HistoryLabel, _ values: [Double], _ periods: [PeriodSummary],
                              _ language: ReportLanguage) -> BodyNode {
        let (width, height, top, bottom) = (240.0, 110.0, 16.0, 18.0)
        let high = max(values.max() ?? 0, Double.leastNonzeroMagnitude)
        let slot = width / Double(max(values.count, 1))
        let bars = zip(periods, values).enumerated().map { index, pair -> BodyNode in
            let barHeight = (height - top - bottom) * pair.1 / high
            return Markup.element("rect", Markup.attribute("x", number(Double(index) * slot + slot * 0.12)),
                                  Markup.attribute("y", number(height - bottom - barHeight)),
                                  Markup.attribute("width", number(max(slot * 0.76, 1))), Markup.attribute("height", number(barHeight)),
                                  Markup.attribute("data-period", pair.0.label),
                                  Markup.element("title", .text("\(periodPhrase(pair.0.label).text(language)): \(text(label, pair.1))")))
        }
        let axis: [BodyNode] = [
            Markup.element("line", Markup.attribute("x1", "0"), Markup.attribute("x2", number(width)),
                           Markup.attribute("y1", number(height - bottom)), Markup.attribute("y2", number(height - bottom)), Markup.class("base")),
            caption(periods.first.map { periodCaption($0.label, language) } ?? "", x: 0, y: height - 4, anchor: "start"),
            caption(periods.last.map { periodCaption($0.label, language) } ?? "", x: width, y: height - 4, anchor: "end"),
            caption(text(label, values.max() ?? 0), x: 0, y: 11, anchor: "start"),
        ]
        let title = phrase(label)
        return Markup.element("figure", Markup.class("multiple"), Markup.attribute("data-measure", label.rawValue),
                              Markup.element("figcaption", Markup.phrase(title, language)),
                              Markup.element("svg", [Markup.attribute("viewBox", "0 0 \(number(width)) \(number(height))"),
                                                     Markup.attribute("role", "img"), Markup.constant("aria-label", title.text(language))]
                                             + bars + axis))
    }

    private static func caption(_ value: String, x: Double, y: Double, anchor: String) -> BodyNode {
        Markup.element("text", Markup.attribute("x", number(x)), Markup.attribute("y", number(y)),
                       Markup.attribute("text-anchor", anchor), .text(value))
    }

    /// The numbers of the charts, one row per period, with its most connected actors.
    private static func table(_ periods: [PeriodSummary], _ analysis: ReportAnalysis) -> BodyNode {
        let language = analysis.options.language
        let headings: [HistoryLabel] = [.period] + measures + [.topActors]
        let header = Markup.element("thead", Markup.element("tr", headings.map { Markup.element("th", Markup.phrase(phrase($0), language)) }))
        let rows = periods.map { period in
            Markup.element("tr", [Markup.element("td", language == .en ? Markup.ltr(period.label) : Markup.phrase(periodPhrase(period.label), language))]
                + measures.map { Markup.element("td", Markup.class("num"), .text(text($0, value($0, period)))) }
                + [Markup.element("td", names(period.topActors, analysis))])
        }
        return Markup.element("div", Markup.class("scroll"),
                              Markup.element("table", Markup.attribute("id", "history-table"), header, Markup.element("tbody", rows)))
    }

    /// Actor names linked to their cards, comma-separated.
    private static func names(_ ids: [String], _ analysis: ReportAnalysis) -> BodyNode {
        guard !ids.isEmpty else { return .text("—") }
        return .group(ids.enumerated().map { index, id -> BodyNode in
            let separator: BodyNode = index == 0 ? .empty : .text(analysis.options.language == .ar ? "، " : ", ")
            guard let actor = analysis.graph.actor(withID: id), let position = analysis.cardIndex[id] else { return .group(separator, .text(id)) }
            return .group(separator, Markup.element("a", Markup.attribute("href", "#card-\(position)"), Markup.attribute("data-card", "\(position)"),
                                                    Markup.name(actor.name, analysis.options.language)))
        })
    }

    /// A coordinate with at most two decimals.
    private static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
    }

    /// A period (`2018`, `2018-Q1`, `2018-09`) as it is in English and in Arabic words
    /// ("الربع الأول 2018", "سبتمبر 2018").
    static func periodPhrase(_ label: String) -> Phrase {
        Phrase(label, Words(.ar).period(label))
    }

    /// A period under a chart, in one language only to stay short: Arabic in an Arabic
    /// report, as it is otherwise.
    private static func periodCaption(_ label: String, _ language: ReportLanguage) -> String {
        language == .ar ? Words(.ar).period(label) : label
    }

    /// The phrase of a "network over time" label, from the English and Arabic catalogs.
    static func phrase(_ label: HistoryLabel) -> Phrase {
        Phrase(ReportText.english.label(label), ReportText.arabic.label(label))
    }

    /// The section's style.
    static let css = """
    .multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 10px 16px; margin: 8px 0 14px; }
    figure.multiple { margin: 0; padding: 8px 10px 4px; border: 1px solid var(--line); border-radius: 6px; background: #fcfcfd; }
    figure.multiple figcaption { font-size: 13px; font-weight: 600; color: #2d3748; margin-bottom: 2px; }
    figure.multiple svg { width: 100%; height: auto; display: block; direction: ltr; }
    figure.multiple rect { fill: var(--accent); }
    figure.multiple rect:hover { fill: #d53f8c; }
    figure.multiple line.base { stroke: #a0aec0; stroke-width: 1; }
    figure.multiple text { font-size: 10px; fill: var(--muted); font-variant-numeric: tabular-nums; }
    #history-table td.num { font-variant-numeric: tabular-nums; }
    """
}
