extension SceneBuilder {
    /// Items per legend row.
    private static let legendColumns = 6

    /// Sets the root graph's label: the title, a line with the date and the audience, and a
    /// legend of the actor kinds, event and tie kinds actually on the map. An HTML-like label
    /// of the root graph is placed by every engine, unlike a legend cluster.
    mutating func addLegend() {
        var rows = [titleRow(), captionRow()]
        var sections = [String]()
        sections.append(legendSection("Actors", actorItems()))
        if !eventNodes.isEmpty {
            sections.append(legendSection("Events", [swatch(fill: Theme.event.fill, outline: Theme.event.outline) + name("event")]))
        }
        let ties = TieKind.allCases.filter { tieKindsDrawn.contains($0) }
        if !ties.isEmpty { sections.append(legendSection("Ties", ties.map(tieItem))) }
        switch options.coloring {
        case .kind: break
        case .stance:
            let items = Theme.stanceNames.map { swatch(fill: Theme.fill(forStance: $0.0), outline: "#718096") + name($0.1) }
                + [swatch(fill: Theme.fill(forStance: nil), outline: "#718096") + name("unknown")]
            sections.append(legendSection("Stance", items))
        case .community:
            sections.append(legendSection("Colour", [name("community")]))
        }
        if !options.sizeBy.isEmpty {
            sections.append(legendSection("Size", [name(options.sizeCaption ?? "score")]))
        }
        if !options.highlight.isEmpty {
            sections.append(legendSection("Marked", [swatch(fill: "#FFFFFF", outline: Theme.highlight, border: 3) + name("highlighted")]))
        }
        let legend = sections.joined()
        if legend.isEmpty {
            // Nothing visible (an empty network, or everything withheld): a note, not an empty table.
            let note = "Nothing to draw: no actor is visible to the \(options.audience.rawValue) audience"
            rows.append("<TR><TD ALIGN=\"LEFT\">" + GraphvizText.html(note) + "</TD></TR>")
        } else {
            rows.append("<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\">"
                        + legend + "</TABLE></TD></TR>")
        }
        var attributes = AttributeList()
        attributes.setHTML("label", "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">"
                           + rows.joined() + "</TABLE>")
        appendGraphAttributes(attributes)
    }

    private func titleRow() -> String {
        let title = options.title ?? view.graph.title.map { options.language.label(for: $0) } ?? "Stakeholder map"
        return "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"26\"><B>" + GraphvizText.html(title)
            + "</B></FONT></TD></TR>"
    }

    private func captionRow() -> String {
        var parts = [String]()
        if let asOf = view.graph.asOf { parts.append("As of \(asOf)") }
        if let focus = options.focus, let actor = view.graph.actor(withID: focus.actor) {
            let name = options.language.label(for: actor.name).replacingOccurrences(of: "\n", with: " / ")
            parts.append("around \(name), \(focus.depth) step\(focus.depth == 1 ? "" : "s")")
        }
        let actorCount = view.actors.count, linkCount = scene.edges.count
        parts.append("\(actorCount) actor\(actorCount == 1 ? "" : "s"), \(linkCount) link\(linkCount == 1 ? "" : "s")")
        parts.append("audience: \(options.audience.rawValue)")
        return "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"14\" COLOR=\"\(Theme.mutedText)\">"
            + GraphvizText.html(parts.joined(separator: " · ")) + "</FONT></TD></TR>"
    }

    private func actorItems() -> [String] {
        let present = Set(view.actors.map(\.kind))
        return ActorKind.allCases.filter { present.contains($0) }.map { kind in
            let style = Theme.style(of: kind)
            let fill = options.coloring == .kind ? style.fill : "#FFFFFF"
            return swatch(fill: fill, outline: style.outline) + name(kind.rawValue)
        }
    }

    private func tieItem(_ kind: TieKind) -> String {
        let style = Theme.style(of: kind)
        let stroke: String
        switch style.line {
        case "dashed": stroke = "╌╌╌"
        case "dotted": stroke = "┈┈┈"
        default: stroke = "───"
        }
        let sample = stroke + (style.directed ? "▶" : "─")
        return "<TD ALIGN=\"RIGHT\"><FONT POINT-SIZE=\"13\" COLOR=\"\(style.color)\"><B>\(sample)</B></FONT></TD>" + name(kind.rawValue)
    }

    private func legendSection(_ heading: String, _ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        var rows = [String]()
        var start = 0
        while start < items.count {
            let slice = items[start..<min(items.count, start + SceneBuilder.legendColumns)]
            let head = start == 0 ? "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"14\" COLOR=\"\(Theme.mutedText)\"><B>\(GraphvizText.html(heading))</B></FONT></TD>"
                                  : "<TD></TD>"
            rows.append("<TR>" + head + slice.joined() + "</TR>")
            start += SceneBuilder.legendColumns
        }
        return rows.joined()
    }

    private func swatch(fill: String, outline: String, border: Int = 1) -> String {
        "<TD BGCOLOR=\"\(fill)\" COLOR=\"\(outline)\" BORDER=\"\(border)\" WIDTH=\"24\" HEIGHT=\"15\" FIXEDSIZE=\"TRUE\"></TD>"
    }

    private func name(_ text: String) -> String {
        "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"13\">" + GraphvizText.html(text) + "</FONT></TD>"
    }
}
