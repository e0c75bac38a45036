import Foundation
import Plot
import StakeMap
import StakeMapAnalysis

/// The card of one actor: names in both languages, kind, post, tags, scores, ties, meetings
/// and sources. Cards are written hidden; the page's script shows the one clicked.
struct ActorCard {
    /// The most ties or meetings listed on a card; the rest are counted.
    static let listLimit = 40

    let actor: Actor
    /// The actor's position in the table and card list.
    let index: Int
    let analysis: ReportAnalysis
    /// The meetings of every actor, indexed once for all cards.
    let meetingIndex: ReportMeetings

    private var language: ReportLanguage { analysis.options.language }
    private var graph: Graph { analysis.graph }

    /// The card as a hidden `<article id="card-N">`.
    var node: BodyNode {
        var nodes: [BodyNode] = [
            Markup.attribute("id", "card-\(index)"), Markup.class("card"), .attribute(named: "hidden", value: nil, ignoreIfValueIsEmpty: false),
            Markup.element("button", Markup.attribute("type", "button"), Markup.class("close"),
                           Markup.attribute("data-close", "1"), Markup.phrase(ReportText.close, language)),
            Markup.element("h3", Markup.name(actor.name, language == .en ? .en : language == .ar ? .ar : .both, block: true)),
            Markup.element("p", Markup.class("facts"), .text(facts())),
        ]
        if !actor.aliases.isEmpty {
            nodes.append(Markup.element("p", Markup.element("strong", Markup.phrase(ReportText.aliases, language)),
                                        .text(": " + actor.aliases.joined(separator: ", "))))
        }
        if !actor.tags.isEmpty {
            nodes.append(Markup.element("ul", [Markup.class("tags")] + actor.tags.map { Markup.element("li", .text($0)) }))
        }
        nodes.append(scores())
        if let note = actor.note {
            nodes.append(Markup.english(note, language, element: "p", class: "note"))
        }
        nodes.append(list(ReportText.ties, ties()))
        nodes.append(list(ReportText.meetings, meetings()))
        nodes.append(list(ReportText.sources, sourceItems(actor.sources)))
        return Markup.element("article", nodes)
    }

    /// Kind · post · country · place · region.
    private func facts() -> String {
        var parts = [ReportText.kind(actor.kind).text(language)]
        if let title = actor.title { parts.append(language == .ar ? (title.exactly("ar") ?? title.text(in: "en")) : title.text(in: "en")) }
        for value in [actor.country, actor.place, actor.region].compactMap({ $0 }) { parts.append(value) }
        return parts.joined(separator: " · ")
    }

    private func scores() -> BodyNode {
        guard let node = analysis.node(of: actor.id) else { return .empty }
        func row(_ label: Phrase, _ value: String) -> [BodyNode] {
            [Markup.element("dt", Markup.phrase(label, language)), Markup.element("dd", .text(value))]
        }
        var rows = row(ReportText.degree, ReportCells.number(analysis.degree.values[node]))
            + row(ReportText.betweenness, ReportCells.number(analysis.betweenness.values[node]))
            + row(ReportText.pageRank, ReportCells.number(analysis.pageRank.values[node]))
            + row(ReportText.community, "\(analysis.community[node])")
            + row(ReportText.constraint, ReportCells.number(analysis.constraint.values[node]))
        if let role = analysis.dominantRole(of: node) {
            rows += row(ReportText.role, "\(ReportText.role(role.role).text(language)) (\(role.count))")
        }
        return Markup.element("dl", [Markup.class("scores")] + rows)
    }

    private func ties() -> [BodyNode] {
        meetingIndex.ties(of: actor.id).map { tie in
            let other = tie.otherEnd(from: actor.id)
            let arrow = tie.isDirected ? (tie.from == actor.id ? "→ " : "← ") : ""
            var detail = [String]()
            if let date = tie.date { detail.append(date.description) }
            if let place = tie.place { detail.append(place) }
            if !tie.sources.isEmpty { detail.append("[" + tie.sources.map(\.description).joined(separator: ", ") + "]") }
            return Markup.element("li",
                                  Markup.element("span", Markup.class("kind"), .text(arrow + ReportText.tie(tie.kind).text(language))),
                                  .text(" "), actorName(other),
                                  detail.isEmpty ? .empty : Markup.element("span", Markup.class("muted"), .text(" · "), Markup.ltr(detail.joined(separator: " · "))),
                                  tie.note.map { Markup.english($0, language, element: "div", class: "muted small") } ?? .empty)
        }
    }

    private func meetings() -> [BodyNode] {
        meetingIndex.meetings(of: actor.id).map { meeting in
            var detail = [String]()
            if let event = meeting.event.flatMap(graph.event(withID:)) {
                detail.append(language == .ar ? (event.name?.exactly("ar") ?? event.displayName(in: "en")) : event.displayName(in: "en"))
            }
            if let place = meeting.place { detail.append(place) }
            if !meeting.sources.isEmpty { detail.append("[" + meeting.sources.map(\.description).joined(separator: ", ") + "]") }
            return Markup.element("li",
                                  Markup.element("span", Markup.class("date"), meeting.date.map { Markup.ltr($0.description) } ?? .text(ReportText.undated.text(language))),
                                  .text(" "), actorName(meeting.with),
                                  detail.isEmpty ? .empty : Markup.element("span", Markup.class("muted"), .text(" · "), Markup.ltr(detail.joined(separator: " · "))))
        }
    }

    /// The actor's sources: title, and the address as a link when it is a plain web address.
    private func sourceItems(_ citations: [Citation]) -> [BodyNode] {
        var seen = Set<String>()
        return citations.filter { seen.insert($0.sourceID).inserted }.map { citation in
            let source = graph.source(withID: citation.sourceID)
            let title = source?.title?.text(in: language == .ar ? "ar" : "en") ?? citation.sourceID
            let locators = citations.filter { $0.sourceID == citation.sourceID }.compactMap(\.locator)
            var nodes: [BodyNode] = [Markup.element("span", Markup.class("src-id"), .text(citation.sourceID)), .text(" "), .text(title)]
            if !locators.isEmpty { nodes.append(Markup.element("span", Markup.class("muted"), .text(" "), Markup.ltr("(" + locators.joined(separator: ", ") + ")"))) }
            if let url = source?.url {
                nodes.append(.text(" "))
                nodes.append(ReportCells.link(url))
            } else if let file = source?.file {
                nodes.append(Markup.element("span", Markup.class("muted"), .text(" " + file)))
            }
            return Markup.element("li", nodes)
        }
    }

    private func actorName(_ id: String) -> BodyNode {
        guard let other = graph.actor(withID: id), let position = analysis.cardIndex[id] else { return .text(id) }
        return Markup.element("a", Markup.attribute("href", "#card-\(position)"), Markup.attribute("data-card", "\(position)"),
                              Markup.name(other.name, language))
    }

    private func list(_ title: Phrase, _ items: [BodyNode]) -> BodyNode {
        guard !items.isEmpty else { return .empty }
        var shown = Array(items.prefix(Self.listLimit))
        if items.count > Self.listLimit {
            shown.append(Markup.element("li", Markup.class("muted"), .text("+\(items.count - Self.listLimit) " + ReportText.more.text(language))))
        }
        return .group(Markup.element("h4", Markup.phrase(title, language), .text(" (\(items.count))")), Markup.element("ul", shown))
    }
}
