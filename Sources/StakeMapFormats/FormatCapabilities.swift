/// What each format can hold of the model, and the one warning that names what a network loses in it.
public enum FormatCapabilities {
    /// The fields `format` cannot hold, each with what becomes of it (if anything is kept).
    public static func lostFields(in format: GraphFormat) -> [(field: ModelField, fallback: String?)] {
        let networkAll = ["title", "title languages", "description", "description languages", "as_of"].map { ModelField(.network, $0) }
        let events = ModelField.all.filter { $0.scope == .event }
        let sourceRecords = ModelField(.source, "records")
        let bareSources = "citations are kept; each cited source comes back as a bare id"
        switch format {
        case .yaml, .json, .graphml:
            return []
        case .gexf:
            return [ModelField(.network, "title languages"), ModelField(.network, "description"),
                    ModelField(.network, "description languages"), ModelField(.network, "as_of")].map { ($0, nil) }
                + [(sourceRecords, bareSources)] + events.map { ($0, nil) }
        case .kumuJSON, .kumuCSV:
            return networkAll.map { ($0, nil) } + [(sourceRecords, bareSources)] + events.map { ($0, nil) }
        case .dot:
            return networkAll.filter { $0.name != "title" }.map { ($0, nil) }
                + [(sourceRecords, "citations are kept")] + events.map { ($0, nil) }
        case .cypher, .neo4jCSV:
            return networkAll.map { ($0, nil) }
        case .popolo:
            let actorFields = ["place", "region", "title languages", "tags", "influence", "stance", "sensitivity"]
            let tieFields = ["place", "strength", "weight", "confidence", "sensitivity", "outcome", "follow_up", "note"]
            let eventFields = ["topics", "follow_up", "sensitivity", "note"]
            return networkAll.map { ($0, nil) }
                + [(sourceRecords, "citations of sources with a url are kept as each item's sources links")]
                + actorFields.map { (ModelField(.actor, $0), nil) }
                + [(ModelField(.tie, "kind"), "only member-of, works-for, leads, represents and holds (as memberships) and part-of (as parent_id) are written")]
                + tieFields.map { (ModelField(.tie, $0), nil) }
                + eventFields.map { (ModelField(.event, $0), nil) }
        case .csv:
            return ModelField.all.filter { ![.actor, .tie].contains($0.scope) }.map { ($0, nil) }
        }
    }

    /// One warning listing the fields `graph` uses that `format` cannot hold; nil when nothing is lost.
    ///
    /// E.g. `Kumu JSON cannot hold: network.title, event.records, … (source.records: citations are kept; …)`.
    public static func lossWarning(for graph: Graph, in format: GraphFormat, file: String? = nil) -> Diagnostic? {
        let lost = lostFields(in: format).filter { entry in
            if format == .popolo && entry.field == ModelField(.tie, "kind") {
                return graph.ties.contains { !PopoloWriter.membershipKinds.contains($0.kind) && $0.kind != .partOf }
            }
            return entry.field.isUsed(in: graph)
        }
        guard !lost.isEmpty else { return nil }
        // Events left out as a whole are named once, not field by field.
        let eventsLost = lost.contains { $0.field == ModelField(.event, "records") }
        var names = lost.filter { !(eventsLost && $0.field.scope == .event) }.map(\.field.description)
        if eventsLost { names.append("events (\(graph.events.count), with their participants)") }
        let lostNames = names.joined(separator: ", ")
        let notes = lost.compactMap { entry in entry.fallback.map { "\(entry.field): \($0)" } }
        let tail = notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"
        return Diagnostic(.warning, at: file.map { SourceLocation(file: $0, line: 1, column: 1) },
                          "\(format.displayName) cannot hold: \(lostNames)\(tail)",
                          hint: "write .yaml, .json or .graphml to keep everything")
    }
}
