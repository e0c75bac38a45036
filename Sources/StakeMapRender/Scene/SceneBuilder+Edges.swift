extension SceneBuilder {
    /// The ties and meetings drawn as one edge: same kind, same ends (either order when
    /// the kind is undirected).
    private struct EdgeKey: Hashable {
        var kind: TieKind
        var from: String
        var to: String

        init(kind: TieKind, from: String, to: String) {
            self.kind = kind
            (self.from, self.to) = kind.isDirected || from <= to ? (from, to) : (to, from)
        }
    }

    /// What one drawn edge stands for.
    private struct EdgeBundle {
        var key: EdgeKey
        var firstTie: Int?
        var ties: [Tie] = []
        var events: [Event] = []
    }

    /// The most facts listed in an edge's tooltip.
    private static let tooltipLimit = 6

    /// Adds the edges: ties (parallel ties of one kind merged into one edge, `id="tie-N"`
    /// after the first), meetings folded from events (`met`, `class="tie met event"`), and
    /// the links of event nodes to their attendees.
    mutating func addEdges() {
        var bundles = [EdgeBundle]()
        var position = [EdgeKey: Int]()
        func bundle(for key: EdgeKey) -> Int {
            if let existing = position[key] { return existing }
            position[key] = bundles.count
            bundles.append(EdgeBundle(key: key))
            return bundles.count - 1
        }
        for numbered in view.ties where numbered.tie.from != numbered.tie.to {
            let index = bundle(for: EdgeKey(kind: numbered.tie.kind, from: numbered.tie.from, to: numbered.tie.to))
            if bundles[index].firstTie == nil { bundles[index].firstTie = numbered.number }
            bundles[index].ties.append(numbered.tie)
        }
        let nodeEvents = Set(eventNodes.map(\.id))
        for event in view.events where !nodeEvents.contains(event.id) {
            let present = event.attendees
            for i in present.indices {
                for j in present.indices where j > i {
                    bundles[bundle(for: EdgeKey(kind: .met, from: present[i], to: present[j]))].events.append(event)
                }
            }
        }
        var tooltipNames = [String: String](minimumCapacity: view.actors.count)
        for actor in view.actors {
            tooltipNames[actor.id] = GraphvizText.oneLine(options.language.label(for: actor.name))
        }
        var meetingCount = 0
        for item in bundles {
            let name: String
            if let number = item.firstTie {
                name = "tie-\(number)"
            } else {
                name = "meeting-\(meetingCount)"
                meetingCount += 1
            }
            tieKindsDrawn.insert(item.key.kind)
            appendEdge(name: name, from: item.key.from, to: item.key.to, attributes: attributes(for: item, name: name, names: tooltipNames))
        }
        addEventLinks()
    }

    /// The attributes of a drawn edge; `names` holds each shown actor's name on one line.
    private func attributes(for item: EdgeBundle, name: String, names: [String: String]) -> AttributeList {
        let kind = item.key.kind
        let style = Theme.style(of: kind)
        let highlighted = options.highlight.highlights(linkBetween: item.key.from, and: item.key.to)
        var attributes = AttributeList()
        attributes.set("id", name)
        var classes = "tie " + kind.rawValue
        if item.ties.isEmpty { classes += " event" }
        if highlighted { classes += " highlighted" }
        attributes.set("class", classes)
        attributes.setTooltip(tooltip(for: item, names: names))
        attributes.set("style", style.line)
        if style.directed {
            attributes.set("arrowhead", style.arrowhead)
        } else {
            attributes.set("dir", "none")
        }
        let strongest = item.ties.map(\.strength).max() ?? 1
        let repeats = min(4, item.ties.count + item.events.count - 1)
        var width = style.width + (kind == .met ? 0.4 * Double(strongest - 1) + 0.3 * Double(repeats) : 0)
        if highlighted {
            width += 2.5
            attributes.set("color", Theme.highlight)
        } else if !options.highlight.isEmpty {
            attributes.set("color", Theme.dimmedEdge)
        } else {
            attributes.set("color", style.color)
        }
        attributes.set("penwidth", width)
        if kind == .memberOf || kind == .partOf { attributes.set("weight", "2") }
        return attributes
    }

    private func tooltip(for item: EdgeBundle, names: [String: String]) -> String {
        // An edge is drawn only between shown actors, all of them in `names`.
        func name(_ id: String) -> String { names[id] ?? id }
        let arrow = item.key.kind.isDirected ? " → " : " — "
        // The ends and kind, then up to `tooltipLimit` facts, one per line (built in one
        // string: it runs per edge).
        var text = name(item.key.from) + arrow + item.key.kind.rawValue + arrow + name(item.key.to)
        var facts = 0
        func add(_ fact: String) {
            if facts < SceneBuilder.tooltipLimit { text += "\n" + fact }
            facts += 1
        }
        for tie in item.ties {
            var parts = tie.date?.description ?? ""
            if let place = tie.place { parts += parts.isEmpty ? place : " · " + place }
            if tie.confidence != .confirmed { parts += parts.isEmpty ? tie.confidence.rawValue : " · " + tie.confidence.rawValue }
            if !parts.isEmpty { add(parts) }
        }
        for event in item.events {
            var fact = GraphvizText.oneLine(options.language.label(for: event.name ?? LocalizedText(event.id)))
            if let date = event.date { fact += " (\(date))" }
            add(fact)
        }
        if facts > SceneBuilder.tooltipLimit { text += "\n… and \(facts - SceneBuilder.tooltipLimit) more" }
        return text
    }

    /// Links each event node to its organizers (solid) and other participants (dashed).
    private mutating func addEventLinks() {
        for event in eventNodes {
            let organizers = Set(event.organizers)
            for (position, id) in event.attendees.enumerated() {
                let organizer = organizers.contains(id)
                let style = Theme.participation(organizer: organizer)
                var attributes = AttributeList()
                let name = "event-" + GraphvizText.identifier(event.id) + "-\(position)"
                attributes.set("id", name)
                attributes.set("class", organizer ? "participation organizer" : "participation participant")
                attributes.set("style", style.line)
                attributes.set("dir", "none")
                attributes.set("color", options.highlight.isEmpty ? style.color : Theme.dimmedEdge)
                attributes.set("penwidth", style.width)
                appendEdge(name: name, from: id, to: event.id, attributes: attributes)
            }
        }
    }
}
