// Shared by the GraphML and CSV readers: the final step, from collected records to a `LoadedGraph`.

extension ForeignGraphBuilder {
    /// The network, or every error found (including edges whose ends are not nodes).
    /// - Complexity: O(nodes + edges).
    mutating func build() throws(StakeMapError) -> LoadedGraph {
        var candidates: [String]?
        for edge in edges where !(hasNode(edge.source) && hasNode(edge.target)) {
            let known = candidates ?? nodes.prefix(5_000).map(\.originalID)
            candidates = known
            for (end, role) in [(edge.source, "source"), (edge.target, "target")] where !hasNode(end) {
                report.error("edge \(role) '\(end)' is not a node", at: edge.location,
                             hint: report.isFull ? nil : Suggestion.hint(for: end, in: known))
            }
        }
        if let failure = report.failure { throw failure }

        let kept = keptIDs()
        let ids = ForeignIDs(kept)
        let actors = zip(nodes, kept).map { actor(from: $0, original: $1, id: ids.actorID($1)) }
        // Edges name nodes by their ids in the file; the actors keep the ids the nodes declare.
        let declared: [String: String]? = kept.elementsEqual(nodes.lazy.map(\.originalID)) ? nil
            : Dictionary(zip(nodes.lazy.map(\.originalID), kept), uniquingKeysWith: { first, _ in first })
        let endID: (String) -> String = { fileID in ids.actorID(declared?[fileID] ?? fileID) }
        var ties: [Tie] = []
        ties.reserveCapacity(edges.count)
        var undirectedDirected = Tally()
        for edge in edges {
            var tie = tie(from: edge, endID: endID)
            // A directed edge with no StakeMap kind keeps the file's direction (issue 16).
            if edge.directed && edge.kind == nil { tie.declaredDirected = true }
            if edge.directed && !tie.isDirected { undirectedDirected.add(tie.kind.rawValue, at: edge.location) }
            ties.append(tie)
        }
        let events = checkedEvents(known: self.events.isEmpty ? [] : Set(kept), ids: ids)
        if let failure = report.failure { throw failure }
        summarize(renamings: ids.renamings, undirectedDirected: undirectedDirected)
        let graph = Graph(title: title, description: description, asOf: asOf,
                          sources: sources(citedBy: actors, ties, events), actors: actors, ties: ties, events: events)
        return LoadedGraph(graph: graph, warnings: report.warnings)
    }

    /// The file's source records, then a bare record for every other cited source (in order of citation).
    private func sources(citedBy actors: [Actor], _ ties: [Tie], _ events: [Event]) -> [Source] {
        var result = sourceRecords
        var known = Set(result.map(\.id))
        let cited = actors.lazy.flatMap(\.sources) + ties.lazy.flatMap(\.sources) + events.lazy.flatMap(\.sources)
        for citation in cited where known.insert(citation.sourceID).inserted {
            result.append(Source(id: citation.sourceID))
        }
        return result
    }

    /// The id each node is read back with: its declared `id` data (igraph's files) when every
    /// declared id is distinct from the others, else its id in the file.
    private mutating func keptIDs() -> [String] {
        let fileIDs = nodes.map(\.originalID)
        guard let first = nodes.first(where: { $0.declaredID != nil }) else { return fileIDs }
        let declared = nodes.map { $0.declaredID ?? $0.originalID }
        guard Set(declared).count == declared.count else {
            report.warn("the nodes' 'id' data are not distinct, so the node ids of the file are kept", at: first.location)
            return fileIDs
        }
        return declared
    }

    /// The carried events with actor ids renamed like the nodes; unknown actors are errors.
    private mutating func checkedEvents(known: Set<String>, ids: ForeignIDs) -> [Event] {
        var result: [Event] = []
        for var event in events {
            for id in event.attendees + event.participants.compactMap(\.onBehalfOf) where !known.contains(id) {
                report.error("event '\(event.id)' names '\(id)', which is not a node", at: eventsLocation)
            }
            event.organizers = event.organizers.map(ids.actorID)
            event.participants = event.participants.map { participant in
                Event.Participant(id: ids.actorID(participant.id), role: participant.role,
                                  onBehalfOf: participant.onBehalfOf.map(ids.actorID))
            }
            result.append(event)
        }
        return result
    }

    private func actor(from node: ForeignNode, original: String, id: String) -> Actor {
        // Names per language (`name_ar`) and a single label are all kept (`ForeignNames`).
        var aliases = node.aliases
        let name = ForeignNames.name(label: node.name ?? node.graphicsLabel, perLanguage: node.names,
                                     fallback: original, aliases: &aliases)
        var unusedAliases: [String] = []
        let title = node.titles.isEmpty ? node.title.map { LocalizedText($0) }
            : ForeignNames.name(label: node.title, perLanguage: node.titles, fallback: "", aliases: &unusedAliases)
        if id != original && !aliases.contains(original) { aliases.append(original) }
        return Actor(id: id, kind: node.kind, name: name, aliases: aliases,
                     country: node.country, place: node.place, region: node.region, title: title,
                     gender: node.gender, tags: node.tags, influence: node.influence, stance: node.stance,
                     sensitivity: node.sensitivity, note: node.note, sources: node.sources, fields: node.fields)
    }

    private mutating func tie(from edge: ForeignEdge, endID: (String) -> String) -> Tie {
        var date = edge.date
        var usesStartEnd = false
        if edge.start != nil || edge.end != nil, date == nil, let start = edge.start ?? edge.end {
            if let span = DateSpan(start: start, end: edge.end ?? start) {
                date = span
                usesStartEnd = true
            } else {
                report.error("end \(edge.end.map(\.description) ?? "") is before start \(start)",
                             at: edge.startLocation ?? edge.location)
            }
        }
        // The exact weight is kept in `weight` (the analysis uses it); `strength` is its 1–5 rounding.
        // A direction the kind does not carry is not kept (see the warning in `summarize`).
        return Tie(from: endID(edge.source), to: endID(edge.target), kind: edge.kind ?? .related,
                   date: date, usesStartEnd: usesStartEnd, place: edge.place,
                   strength: edge.strength ?? edge.weight.map(ForeignValue.strength(forWeight:)) ?? 1,
                   weight: edge.weight.flatMap { $0 > 0 ? $0 : nil }, confidence: edge.confidence,
                   sensitivity: edge.sensitivity, outcome: edge.outcome, followUp: edge.followUp,
                   note: edge.note, sources: edge.sources, fields: edge.fields)
    }

    private mutating func summarize(renamings: [(original: String, slug: String)], undirectedDirected: Tally) {
        if !renamings.isEmpty {
            let shown = renamings.prefix(20).map { "'\($0.original)' → \($0.slug)" }
            let more = renamings.count > 20 ? ", and \(renamings.count - 20) more" : ""
            let first = nodes.first { ($0.declaredID ?? $0.originalID) == renamings[0].original }?.location
            report.warn("\(renamings.count) node ids are not actor ids ([a-z0-9][a-z0-9._-]*) and were renamed: "
                        + shown.joined(separator: ", ") + more, at: first,
                        hint: "each original id is kept as an alias of its actor")
        }
        let tallies: [(Tally, String, String?)] = [
            (report.unknownActorKinds, "unknown actor kinds read as 'other'",
             "known kinds: " + ActorKind.allCases.map(\.rawValue).joined(separator: ", ")),
            (report.unknownTieKinds, "unknown tie kinds read as 'related'",
             "known kinds: " + TieKind.allCases.map(\.rawValue).joined(separator: ", ")),
            (report.badCountries, "country values that are not ISO 3166-1 alpha-2 codes were dropped",
             "use two-letter codes such as LY, FR, YE"),
            (report.unknownGenders, "gender values other than woman, man or other were dropped", nil),
        ]
        for (tally, message, hint) in tallies where !tally.isEmpty {
            report.warn("\(message): \(tally.summary())", at: tally.firstLocation, hint: hint)
        }
        if !report.ignoredAttributes.isEmpty {
            report.warn("attributes with no StakeMap field were ignored: \(report.ignoredAttributes.summary(limit: 30, counts: false))",
                        at: report.ignoredAttributes.firstLocation)
        }
        if report.nonPositiveWeights > 0 {
            report.warn("\(report.nonPositiveWeights) edge weights are zero or negative and were not kept (strength 1 instead)",
                        at: report.firstNonPositiveWeight, hint: "weights are closeness: use positive numbers")
        }
        if !undirectedDirected.isEmpty {
            report.warn("directed edges became ties of undirected kinds (direction is taken from the tie kind): "
                        + undirectedDirected.summary(), at: undirectedDirected.firstLocation,
                        hint: "give edges a directed kind (member-of, supports, funds, …) to keep their direction")
        }
    }
}
