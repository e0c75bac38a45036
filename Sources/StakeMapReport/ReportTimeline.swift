import Plot
import StakeMap
import StakeMapAnalysis

/// Meetings and events in date order, grouped by year.
enum ReportTimeline {
    /// The timeline section.
    static func section(_ analysis: ReportAnalysis) -> BodyNode {
        let language = analysis.options.language
        let graph = analysis.graph
        var groups = [(String, [TimelineEntry])]()
        for entry in analysis.timeline {
            let label = entry.date.map { String($0.start.year) } ?? ReportText.undated.text(language)
            if groups.last?.0 == label { groups[groups.count - 1].1.append(entry) } else { groups.append((label, [entry])) }
        }
        func name(_ id: String) -> BodyNode {
            guard let actor = graph.actor(withID: id), let position = analysis.cardIndex[id] else { return .text(id) }
            return Markup.element("a", Markup.attribute("href", "#card-\(position)"), Markup.attribute("data-card", "\(position)"),
                                  Markup.name(actor.name, language))
        }
        func names(_ ids: [String]) -> BodyNode {
            let shown = ids.prefix(8)
            return .group(shown.enumerated().map { index, id in .group(index == 0 ? .empty : .text(", "), name(id)) }
                          + [ids.count > shown.count ? .text(" +\(ids.count - shown.count)") : .empty])
        }
        let content = groups.map { label, entries in
            Markup.element("div", Markup.class("year"),
                           Markup.element("h3", .text(label)),
                           Markup.element("ol", [Markup.class("entries")] + entries.map { entry in
                let what: BodyNode
                if let id = entry.event, let event = graph.event(withID: id) {
                    what = .group(Markup.element("span", Markup.class("kind"), .text(ReportText.event(event.kind).text(language))), .text(" "),
                                  Markup.element("strong", Markup.name(event.name ?? LocalizedText(event.id), language)))
                } else {
                    what = Markup.element("span", Markup.class("kind"), .text(ReportText.tie(.met).text(language)))
                }
                var detail = [String]()
                if let place = entry.place { detail.append(place) }
                if !entry.sources.isEmpty { detail.append("[" + entry.sources.map(\.description).joined(separator: ", ") + "]") }
                return Markup.element("li",
                                      Markup.element("span", Markup.class("date"), Markup.ltr(entry.date?.description ?? "—")), .text(" "),
                                      what, .text(" — "), names(entry.actors),
                                      detail.isEmpty ? .empty : Markup.element("span", Markup.class("muted"), .text(" · "), Markup.ltr(detail.joined(separator: " · "))))
            }))
        }
        return Markup.section(id: "timeline", title: ReportText.timeline, language,
                              content.isEmpty ? [Markup.element("p", Markup.phrase(ReportText.none, language))] : content)
    }
}
