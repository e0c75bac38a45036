extension SceneBuilder {
    /// Adds one node per visible actor: label in the chosen language, shape by kind, fill by
    /// the chosen colouring, size by score, `id="actor-ID"` and `class="actor KIND"`.
    mutating func addActorNodes() {
        let sizes = normalizedScores()
        let communityColours = communityFills()
        let dimming = !options.highlight.isEmpty
        for actor in view.actors {
            let style = Theme.style(of: actor.kind)
            let highlighted = options.highlight.highlights(actor: actor.id)
            var attributes = AttributeList()
            attributes.setLabel(LabelWrapping.wrap(options.language.label(for: actor.name)))
            attributes.set("id", MapElementID.actor(actor.id))
            attributes.set("class", "actor \(actor.kind.rawValue)" + (highlighted ? " highlighted" : ""))
            attributes.setTooltip(tooltip(for: actor))
            attributes.set("shape", style.shape)
            attributes.set("style", style.style)
            switch options.coloring {
            case .kind: attributes.set("fillcolor", style.fill)
            case .stance: attributes.set("fillcolor", Theme.fill(forStance: actor.stance))
            case .community, .values: attributes.set("fillcolor", communityColours[actor.id] ?? "#FFFFFF")
            }
            if style.peripheries != 1 { attributes.set("peripheries", "\(style.peripheries)") }
            if highlighted {
                attributes.set("color", Theme.highlight)
                attributes.set("penwidth", 4)
            } else if dimming {
                attributes.set("color", Theme.dimmedOutline)
                attributes.set("fontcolor", Theme.dimmedText)
            } else {
                attributes.set("color", style.outline)
            }
            if let size = sizes[actor.id] {
                attributes.set("width", 0.75 + 1.5 * size)
                attributes.set("height", 0.5 + 0.7 * size)
                attributes.set("fontsize", Theme.Points.sized(size))
            }
            appendNode(id: actor.id, cluster: clusterOfActor[actor.id], attributes: attributes)
        }
    }

    /// Adds a small node per event drawn as a node, `id="event-ID"`, `class="event KIND"`.
    mutating func addEventNodes() {
        let style = Theme.event
        for event in eventNodes {
            var attributes = AttributeList()
            var label = LabelWrapping.wrap(options.language.label(for: event.name ?? LocalizedText(event.id)))
            if let date = event.date { label += "\n" + options.wording.date(date) }
            attributes.setLabel(label)
            attributes.set("id", MapElementID.event(event.id))
            attributes.set("class", "event \(event.kind.rawValue)")
            attributes.setTooltip(tooltip(for: event))
            attributes.set("shape", style.shape)
            attributes.set("style", style.style)
            attributes.set("fillcolor", style.fill)
            attributes.set("color", style.outline)
            attributes.set("fontsize", "\(Theme.Points.small)")
            attributes.set("fontcolor", Theme.mutedText)
            appendNode(id: event.id, cluster: nil, attributes: attributes)
        }
    }

    /// The hover text of an actor: every name, the kind, the post and the country.
    func tooltip(for actor: Actor) -> String {
        // Every name / the kind · title · country (built in one string: it runs per actor).
        var text = actor.name.allValues.joined(separator: " / ")
        text += "\n"
        text += actor.kind.rawValue
        if let title = actor.title { text += " · " + GraphvizText.oneLine(options.language.label(for: title)) }
        if let country = actor.country { text += " · " + country }
        return text
    }

    /// The hover text of an event: name, kind, date and place.
    func tooltip(for event: Event) -> String {
        var facts = [event.kind.rawValue]
        if let date = event.date { facts.append(date.description) }
        if let place = event.place { facts.append(place) }
        let name = event.name?.allValues.joined(separator: " / ") ?? event.id
        return name + "\n" + facts.joined(separator: " · ")
    }

    /// Scores scaled to 0…1 over the actors shown; empty when no actor shown has a score.
    private func normalizedScores() -> [String: Double] {
        let scores = view.actors.compactMap { actor in options.sizeBy[actor.id].map { (actor.id, $0) } }
            .filter { $0.1.isFinite }
        guard let low = scores.map(\.1).min(), let high = scores.map(\.1).max() else { return [:] }
        var result = [String: Double]()
        for actor in view.actors {
            guard let score = options.sizeBy[actor.id], score.isFinite else { result[actor.id] = 0; continue }
            result[actor.id] = high > low ? (score - low) / (high - low) : 0.5
        }
        return result
    }

    /// The fill per actor id for `.community` colouring (communities in ascending order of
    /// their number take the palette in turn) and for `.values` (values in sorted order do).
    private func communityFills() -> [String: String] {
        if case let .values(_, values) = options.coloring {
            let fill = Dictionary(uniqueKeysWithValues: NodeColoring.fills(of: view.actors.compactMap { values[$0.id] }))
            var result = [String: String]()
            for actor in view.actors { if let value = values[actor.id] { result[actor.id] = fill[value] } }
            return result
        }
        guard case .community(let communities) = options.coloring else { return [:] }
        let shown = view.actors.compactMap { communities[$0.id] }
        let numbers = Array(Set(shown)).sorted()
        var colour = [Int: String]()
        for (position, number) in numbers.enumerated() {
            colour[number] = Theme.communityPalette[position % Theme.communityPalette.count]
        }
        var result = [String: String]()
        for actor in view.actors { if let number = communities[actor.id] { result[actor.id] = colour[number] } }
        return result
    }
}
