extension SceneBuilder {
    /// Items per legend row.
    private static let legendColumns = 6
    /// The most values of a `--color-by` field listed in the legend.
    private static let maxValueItems = 24

    /// Sets the root graph's label: the title, a line with the date and the audience, and a
    /// legend of the actor kinds, event and tie kinds actually on the map. An HTML-like label
    /// of the root graph is placed by every engine, unlike a legend cluster.
    mutating func addLegend() {
        let wording = options.wording
        var rows = [titleRow(), captionRow()]
        var sections = [String]()
        sections.append(legendSection(.actors, actorItems()))
        if !eventNodes.isEmpty {
            sections.append(legendSection(.events, [swatch(fill: Theme.event.fill, outline: Theme.event.outline) + name(term(.event))]))
        }
        let ties = TieKind.allCases.filter { tieKindsDrawn.contains($0) }
        if !ties.isEmpty { sections.append(legendSection(.ties, ties.map(tieItem))) }
        switch options.coloring {
        case .kind: break
        case .stance:
            let items = Theme.stanceNames.map { swatch(fill: Theme.fill(forStance: $0.0), outline: "#718096") + name(wording.stances[$0.0] ?? $0.1) }
                + [swatch(fill: Theme.fill(forStance: nil), outline: "#718096") + name(term(.unknownStance))]
            sections.append(legendSection(.stance, items))
        case .community:
            sections.append(legendSection(.colour, [name(term(.community))]))
        case let .values(field, values):
            let shown = NodeColoring.fills(of: view.actors.compactMap { values[$0.id] })
            let items = shown.prefix(Self.maxValueItems).map { swatch(fill: $0.fill, outline: "#718096") + name($0.value) }
                + (shown.count > Self.maxValueItems ? [name("… +\(shown.count - Self.maxValueItems)")] : [])
            sections.append(legendSection(heading: field, items))
        }
        if !options.sizeBy.isEmpty {
            sections.append(legendSection(.size, [name(options.sizeCaption ?? term(.score))]))
        }
        if !options.highlight.isEmpty {
            sections.append(legendSection(.marked, [swatch(fill: "#FFFFFF", outline: Theme.highlight, border: 3) + name(term(.highlighted))]))
        }
        let legend = sections.joined()
        if legend.isEmpty {
            // Nothing visible (an empty network, or everything withheld): a note, not an empty table.
            let note = "Nothing to draw: no actor is visible to the \(options.audience.rawValue) audience"
            rows.append("<TR><TD ALIGN=\"\(side)\">" + GraphvizText.html(note) + "</TD></TR>")
        } else {
            rows.append("<TR><TD ALIGN=\"\(side)\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\">"
                        + legend + "</TABLE></TD></TR>")
        }
        var attributes = AttributeList()
        attributes.setHTML("label", "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">"
                           + rows.joined() + "</TABLE>")
        appendGraphAttributes(attributes)
    }

    /// The side text starts on: LEFT, or RIGHT when the legend reads right to left.
    private var side: String { options.wording.isRightToLeft ? "RIGHT" : "LEFT" }

    private func term(_ term: MapWording.Term) -> String {
        options.wording.terms[term] ?? MapWording.english.terms[term] ?? term.rawValue
    }

    private func titleRow() -> String {
        let title = options.title ?? view.graph.title.map { options.language.label(for: $0) } ?? options.wording.defaultTitle
        return "<TR><TD ALIGN=\"\(side)\" BALIGN=\"\(side)\"><FONT POINT-SIZE=\"\(Theme.Points.title)\"><B>" + GraphvizText.html(Self.directed(title))
            + "</B></FONT></TD></TR>"
    }

    private func captionRow() -> String {
        var facts = MapWording.Caption(asOf: view.graph.asOf, focusName: nil, focusDepth: 0, actors: view.actors.count,
                                       links: scene.edges.count, audience: options.audience)
        if let focus = options.focus, let actor = view.graph.actor(withID: focus.actor) {
            facts.focusName = actor.name
            facts.focusDepth = focus.depth
        }
        let lines = options.wording.caption(facts).map(Self.directed)
        return "<TR><TD ALIGN=\"\(side)\" BALIGN=\"\(side)\"><FONT POINT-SIZE=\"\(Theme.Points.caption)\" COLOR=\"\(Theme.mutedText)\">"
            + GraphvizText.html(lines.joined(separator: "\n")) + "</FONT></TD></TR>"
    }

    /// Each line of `text` that starts with a right-to-left letter wrapped in RLI … PDI, so that an
    /// SVG viewer (whose paragraphs are left to right) lays it out right to left as pango does.
    static func directed(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard let first = line.unicodeScalars.first(where: { $0.properties.isAlphabetic }),
                  (0x0590...0x08FF).contains(first.value) || (0xFB1D...0xFEFF).contains(first.value) else { return String(line) }
            return "\u{2067}" + line + "\u{2069}"
        }.joined(separator: "\n")
    }

    private func actorItems() -> [String] {
        let present = Set(view.actors.map(\.kind))
        return ActorKind.allCases.filter { present.contains($0) }.map { kind in
            let style = Theme.style(of: kind)
            let fill = options.coloring == .kind ? style.fill : "#FFFFFF"
            return swatch(fill: fill, outline: style.outline) + name(options.wording.actorKinds[kind] ?? kind.rawValue)
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
        return "<TD ALIGN=\"RIGHT\"><FONT POINT-SIZE=\"\(Theme.Points.legendItem)\" COLOR=\"\(style.color)\"><B>\(sample)</B></FONT></TD>" + name(options.wording.tieKinds[kind] ?? kind.rawValue)
    }

    private func legendSection(_ heading: MapWording.Heading, _ items: [String]) -> String {
        legendSection(heading: options.wording.headings[heading] ?? MapWording.english.headings[heading] ?? heading.rawValue, items)
    }

    /// A legend section under a heading of the data's own (a field's name).
    private func legendSection(heading: String, _ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        var rows = [String]()
        var start = 0
        while start < items.count {
            let slice = items[start..<min(items.count, start + SceneBuilder.legendColumns)]
            let head = start == 0 ? "<TD ALIGN=\"\(side)\"><FONT POINT-SIZE=\"\(Theme.Points.caption)\" COLOR=\"\(Theme.mutedText)\"><B>\(GraphvizText.html(Self.directed(heading)))</B></FONT></TD>"
                                  : "<TD></TD>"
            var cells = [head] + slice.map { $0 }
            if options.wording.isRightToLeft { cells = Self.reversedCells(cells) }
            rows.append("<TR>" + cells.joined() + "</TR>")
            start += SceneBuilder.legendColumns
        }
        return rows.joined()
    }

    private func swatch(fill: String, outline: String, border: Int = 1) -> String {
        "<TD BGCOLOR=\"\(fill)\" COLOR=\"\(outline)\" BORDER=\"\(border)\" WIDTH=\"24\" HEIGHT=\"15\" FIXEDSIZE=\"TRUE\"></TD>"
    }

    private func name(_ text: String) -> String {
        "<TD ALIGN=\"\(side)\"><FONT POINT-SIZE=\"\(Theme.Points.legendItem)\">" + GraphvizText.html(Self.directed(text)) + "</FONT></TD>"
    }

    /// The cells of a row in reverse order, an item's cells (swatch, name) kept together as the
    /// name then the swatch, so that a right-to-left row reads heading, swatch, name from the right.
    private static func reversedCells(_ cells: [String]) -> [String] {
        cells.map { cell in
            // An item is "<TD …swatch…></TD><TD …name…></TD>": put the name first.
            guard let split = cell.range(of: "</TD><TD") else { return cell }
            let first = cell[..<split.lowerBound] + "</TD>"
            let second = "<TD" + cell[split.upperBound...]
            return String(second + first)
        }.reversed()
    }
}
