import Plot
import StakeMap
import StakeMapAnalysis
import StakeMapText

/// The mission plan: each target's status and warmest route, the intermediaries, the itinerary.
enum ReportPlan {
    /// The plan section, or a line saying how to get one.
    static func section(_ analysis: ReportAnalysis) -> BodyNode {
        let language = analysis.options.language
        guard let plan = analysis.plan else {
            return Markup.section(id: "plan", title: ReportText.plan, language,
                                  [Markup.element("p", Markup.class("muted"), Markup.phrase(ReportText.planNote, language))])
        }
        let graph = analysis.graph
        let prose = ReportProse(language, graph: graph)
        let arabicDates = Words(.ar)
        func name(_ id: String) -> BodyNode {
            guard let actor = graph.actor(withID: id) else { return .text(id) }
            guard let position = analysis.cardIndex[id] else { return Markup.name(actor.name, language) }
            return Markup.element("a", Markup.attribute("href", "#card-\(position)"), Markup.attribute("data-card", "\(position)"),
                                  Markup.name(actor.name, language))
        }
        func route(_ ids: [String]) -> BodyNode {
            .group(ids.enumerated().map { index, id in .group(index == 0 ? .empty : .text(prose.arrow), name(id)) })
        }
        let headers = [ReportText.target, ReportText.status, ReportText.route, ReportText.lastMet, ReportText.place]
        let rows = plan.targets.map { target -> BodyNode in
            var last: BodyNode = .text("—")
            if let met = target.lastMet {
                let cited = met.sources.isEmpty ? BodyNode.empty : .group(.text(" "), Markup.ltr("[" + met.sources.map(\.description).joined(separator: ", ") + "]"))
                if language == .ar {
                    last = .group(.text(met.date.map(arabicDates.dateText) ?? ReportText.undated.text(language)), cited)
                } else {
                    last = .group(Markup.ltr(met.date?.description ?? ReportText.undated.text(language)), cited)
                }
            }
            return Markup.element("tr",
                                  Markup.element("td", name(target.id)),
                                  Markup.element("td", Markup.element("span", Markup.class("status \(target.status.rawValue)"),
                                                                      Markup.phrase(ReportText.status(target.status), language))),
                                  Markup.element("td", target.path.isEmpty ? .text("—") : route(target.path),
                                                 target.cost.map { .text(String(format: " (%.2f)", $0)) } ?? .empty),
                                  Markup.element("td", last),
                                  Markup.element("td", target.place.map { Markup.element("bdi", .text($0)) } ?? .text("—")))
        }
        var content: [BodyNode] = [
            Markup.element("p", Markup.class("muted"), .text(ReportText.plan.text(language) + ": "), name(plan.home)),
            Markup.element("div", Markup.class("scroll"), Markup.element("table", Markup.class("plan"),
                Markup.element("thead", Markup.element("tr", headers.map { Markup.element("th", Markup.phrase($0, language)) })),
                Markup.element("tbody", rows))),
        ]
        if !plan.intermediaries.isEmpty {
            content.append(Markup.element("h3", Markup.phrase(ReportText.intermediaries, language)))
            content.append(Markup.element("ol", plan.intermediaries.map { choice in
                Markup.element("li", name(choice.id), .text(" → "), .group(choice.opens.enumerated().map { index, id in
                    .group(index == 0 ? .empty : .text(", "), name(id))
                }), prose.node(prose.plan, class: "muted small") { $0.reason(choice, home: plan.home) })
            }))
        }
        if !plan.itinerary.isEmpty {
            content.append(Markup.element("h3", Markup.phrase(ReportText.itinerary, language)))
            for stop in plan.itinerary {
                content.append(Markup.element("h4", stop.place.map { Markup.element("bdi", .text($0)) }
                    ?? prose.node(prose.plan, element: "span") { $0.wording.phrase(.unknownPlace) }))
                content.append(Markup.element("ol", stop.meetings.map { meeting in
                    prose.node(prose.plan, element: "li") { $0.note(meeting, home: plan.home) }
                }))
            }
        }
        return Markup.section(id: "plan", title: ReportText.plan, language, content)
    }
}
