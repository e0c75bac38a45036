import Foundation
import StakeMap
import StakeMapAnalysis

/// The card of one actor: names in both languages, kind, post, tags, scores, ties, meetings
/// and sources. Cards travel as data in the page (`ReportData`); the script builds the one
/// clicked, so a page of thousands of actors does not hold thousands of cards.
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

    /// The card: `<article id="card-N" class="card">`.
    var tree: MarkupTree {
        var nodes: [MarkupTree] = [
            .element("button", [("type", "button"), ("class", "close"), ("data-close", "1")], .phrase(ReportText.close, language)),
            .element("h3", .name(actor.name, language, block: true)),
            .element("p", [("class", "facts")], .text(facts())),
        ]
        if !actor.aliases.isEmpty {
            nodes.append(.element("p", .element("strong", .phrase(ReportText.aliases, language)),
                                  .text(": " + actor.aliases.joined(separator: ", "))))
        }
        if !actor.tags.isEmpty {
            nodes.append(.element("ul", [("class", "tags")], actor.tags.map { .element("li", .text($0)) }))
        }
        nodes.append(scores())
        if let note = actor.note {
            nodes.append(.english(note, language, element: "p", class: "note"))
        }
        nodes.append(list(ReportText.ties, ties()))
        nodes.append(list(ReportText.meetings, meetings()))
        nodes.append(list(ReportText.sources, sourceItems(actor.sources)))
        return .element("article", [("id", "card-\(index)"), ("class", "card")], nodes)
    }

    /// Kind · post · country · place · region.
    private func facts() -> String {
        var parts = [ReportText.kind(actor.kind).text(language)]
        if let title = actor.title { parts.append(language == .ar ? (title.exactly("ar") ?? title.text(in: "en")) : title.text(in: "en")) }
        for value in [actor.country, actor.place, actor.region].compactMap({ $0 }) { parts.append(value) }
        return parts.joined(separator: " · ")
    }

    private func scores() -> MarkupTree {
        guard let node = analysis.node(of: actor.id) else { return .empty }
        func row(_ label: Phrase, _ value: String) -> [MarkupTree] {
            [.element("dt", .phrase(label, language)), .element("dd", .text(value))]
        }
        var rows = row(ReportText.degree, ReportCells.number(analysis.degree.values[node]))
            + row(ReportText.betweenness, ReportCells.number(analysis.betweenness.values[node]))
            + row(ReportText.pageRank, ReportCells.number(analysis.pageRank.values[node]))
            + row(ReportText.community, "\(analysis.community[node])")
            + row(ReportText.constraint, ReportCells.number(analysis.constraint.values[node]))
        if let role = analysis.dominantRole(of: node) {
            rows += row(ReportText.role, "\(ReportText.role(role.role).text(language)) (\(role.count))")
        }
        return .element("dl", [("class", "scores")], rows)
    }

    /// The ties at the actor: how many, and the first `listLimit` of them.
    private func ties() -> (count: Int, items: [MarkupTree]) {
        let ties = meetingIndex.ties(of: actor.id)
        return (ties.count, ties.prefix(Self.listLimit).map { tie in
            let other = tie.otherEnd(from: actor.id)
            let arrow = tie.isDirected ? (tie.from == actor.id ? "→ " : "← ") : ""
            var detail = [String]()
            if let date = tie.date { detail.append(date.description) }
            if let place = tie.place { detail.append(place) }
            if !tie.sources.isEmpty { detail.append("[" + tie.sources.map(\.description).joined(separator: ", ") + "]") }
            return .element("li",
                            .element("span", [("class", "kind")], .text(arrow + ReportText.tie(tie.kind).text(language))),
                            .text(" "), actorName(other),
                            detail.isEmpty ? .empty : .element("span", [("class", "muted")], .text(" · "), .ltr(detail.joined(separator: " · "))),
                            tie.note.map { .english($0, language, element: "div", class: "muted small") } ?? .empty)
        })
    }

    /// The actor's meetings: how many, and the first `listLimit` of them.
    private func meetings() -> (count: Int, items: [MarkupTree]) {
        let meetings = meetingIndex.meetings(of: actor.id)
        return (meetings.count, meetings.prefix(Self.listLimit).map { meeting in
            var detail = [String]()
            if let event = meeting.event.flatMap(graph.event(withID:)) {
                detail.append(language == .ar ? (event.name?.exactly("ar") ?? event.displayName(in: "en")) : event.displayName(in: "en"))
            }
            if let place = meeting.place { detail.append(place) }
            if !meeting.sources.isEmpty { detail.append("[" + meeting.sources.map(\.description).joined(separator: ", ") + "]") }
            return .element("li",
                            .element("span", [("class", "date")], meeting.date.map { .ltr($0.description) } ?? .text(ReportText.undated.text(language))),
                            .text(" "), actorName(meeting.with),
                            detail.isEmpty ? .empty : .element("span", [("class", "muted")], .text(" · "), .ltr(detail.joined(separator: " · "))))
        })
    }

    /// The actor's sources: title, and the address as a link when it is a plain web address.
    private func sourceItems(_ citations: [Citation]) -> (count: Int, items: [MarkupTree]) {
        var seen = Set<String>()
        let items: [MarkupTree] = citations.filter { seen.insert($0.sourceID).inserted }.map { citation in
            let source = graph.source(withID: citation.sourceID)
            let title = source?.title?.text(in: language == .ar ? "ar" : "en") ?? citation.sourceID
            let locators = citations.filter { $0.sourceID == citation.sourceID }.compactMap(\.locator)
            var nodes: [MarkupTree] = [.element("span", [("class", "src-id")], .text(citation.sourceID)), .text(" "), .text(title)]
            if !locators.isEmpty { nodes.append(.element("span", [("class", "muted")], .text(" "), .ltr("(" + locators.joined(separator: ", ") + ")"))) }
            if let url = source?.url {
                nodes.append(.text(" "))
                nodes.append(ReportCells.linkTree(url))
            } else if let file = source?.file {
                nodes.append(.element("span", [("class", "muted")], .text(" " + file)))
            }
            return .element("li", nodes)
        }
        return (items.count, Array(items.prefix(Self.listLimit)))
    }

    private func actorName(_ id: String) -> MarkupTree {
        guard graph.actor(withID: id) != nil, let position = analysis.cardIndex[id] else { return .text(id) }
        return .card(position)
    }

    private func list(_ title: Phrase, _ list: (count: Int, items: [MarkupTree])) -> MarkupTree {
        guard list.count > 0 else { return .empty }
        var shown = list.items
        if list.count > Self.listLimit {
            shown.append(.element("li", [("class", "muted")], .text("+\(list.count - Self.listLimit) " + ReportText.more.text(language))))
        }
        return .group([.element("h4", .phrase(title, language), .text(" (\(list.count))")), .element("ul", shown)])
    }
}
