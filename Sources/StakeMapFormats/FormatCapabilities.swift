/// What becomes of a field a format cannot hold, when something of it is kept.
public enum LossFallback: Sendable, Hashable, CustomStringConvertible {
    /// The citations of sources are kept (`sources: [id#part]`).
    case citationsKept
    /// The citations are kept; each cited source comes back as a bare id.
    case citationsKeptAsBareSources
    /// Popolo: the citations of sources with a url become each item's `sources` links.
    case sourceLinks
    /// Popolo: only membership kinds (and part-of, as `parent_id`) are written.
    case membershipKindsOnly

    /// In English, as the loss warning says it.
    public var description: String {
        switch self {
        case .citationsKept: "citations are kept"
        case .citationsKeptAsBareSources: "citations are kept; each cited source comes back as a bare id"
        case .sourceLinks: "citations of sources with a url are kept as each item's sources links"
        case .membershipKindsOnly: "only member-of, works-for, leads, represents and holds (as memberships) and part-of (as parent_id) are written"
        }
    }
}

/// What one network loses in a format: the fields it uses that the format cannot hold, and its
/// events when the format holds none (their fields are then not listed one by one).
public struct FormatLoss: Sendable {
    /// The format.
    public let format: GraphFormat
    /// The fields lost, each with what becomes of it, in the model's order.
    public let fields: [(field: ModelField, fallback: LossFallback?)]
    /// The number of events left out with their participants, when the format holds no events.
    public let events: Int?
}

/// What each format can hold of the model, and the one warning that names what a network loses in it.
public enum FormatCapabilities {
    /// The fields `format` cannot hold, each with what becomes of it (if anything is kept).
    public static func lostFields(in format: GraphFormat) -> [(field: ModelField, fallback: LossFallback?)] {
        let networkAll = ["title", "title languages", "description", "description languages", "as_of"].map { ModelField(.network, $0) }
        let events = ModelField.all.filter { $0.scope == .event }
        let sourceRecords = ModelField(.source, "records")
        switch format {
        case .yaml, .json, .graphml:
            return []
        case .gexf:
            return [ModelField(.network, "title languages"), ModelField(.network, "description"),
                    ModelField(.network, "description languages"), ModelField(.network, "as_of")].map { ($0, nil) }
                + [(sourceRecords, .citationsKeptAsBareSources)] + events.map { ($0, nil) }
        case .kumuJSON, .kumuCSV:
            return networkAll.map { ($0, nil) } + [(sourceRecords, .citationsKeptAsBareSources)] + events.map { ($0, nil) }
        case .dot:
            return networkAll.filter { $0.name != "title" }.map { ($0, nil) }
                + [(sourceRecords, .citationsKept)] + events.map { ($0, nil) }
        case .cypher, .neo4jCSV:
            return networkAll.map { ($0, nil) }
        case .popolo:
            let actorFields = ["place", "region", "title languages", "tags", "influence", "stance", "sensitivity"]
            let tieFields = ["place", "strength", "weight", "confidence", "sensitivity", "outcome", "follow_up", "note"]
            let eventFields = ["topics", "follow_up", "sensitivity", "note"]
            return networkAll.map { ($0, nil) }
                + [(sourceRecords, .sourceLinks)]
                + actorFields.map { (ModelField(.actor, $0), nil) }
                + [(ModelField(.tie, "kind"), .membershipKindsOnly)]
                + tieFields.map { (ModelField(.tie, $0), nil) }
                + eventFields.map { (ModelField(.event, $0), nil) }
        case .csv:
            return ModelField.all.filter { ![.actor, .tie].contains($0.scope) }.map { ($0, nil) }
        }
    }

    /// What `graph` loses in `format`; nil when nothing is lost.
    public static func loss(of graph: Graph, in format: GraphFormat) -> FormatLoss? {
        let lost = lostFields(in: format).filter { entry in
            if format == .popolo && entry.field == ModelField(.tie, "kind") {
                return graph.ties.contains { !PopoloWriter.membershipKinds.contains($0.kind) && $0.kind != .partOf }
            }
            return entry.field.isUsed(in: graph)
        }
        guard !lost.isEmpty else { return nil }
        // Events left out as a whole are named once, not field by field.
        let eventsLost = lost.contains { $0.field == ModelField(.event, "records") }
        return FormatLoss(format: format, fields: lost.filter { !(eventsLost && $0.field.scope == .event) },
                          events: eventsLost ? graph.events.count : nil)
    }

    /// One warning listing the fields `graph` uses that `format` cannot hold; nil when nothing is lost.
    ///
    /// E.g. `Kumu JSON cannot hold: network.title, events (3, with their participants) (source.records: citations are kept; …)`.
    public static func lossWarning(for graph: Graph, in format: GraphFormat, file: String? = nil) -> Diagnostic? {
        loss(of: graph, in: format).map { lossWarning($0, file: file) }
    }

    /// The warning that names `loss`.
    public static func lossWarning(_ loss: FormatLoss, file: String? = nil) -> Diagnostic {
        var names = loss.fields.map(\.field.description)
        if let events = loss.events { names.append("events (\(events), with their participants)") }
        let notes = loss.fields.compactMap { entry in entry.fallback.map { "\(entry.field): \($0)" } }
        let tail = notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"
        return Diagnostic(.warning, at: file.map { SourceLocation(file: $0, line: 1, column: 1) },
                          "\(loss.format.displayName) cannot hold: \(names.joined(separator: ", "))\(tail)",
                          hint: "write .yaml, .json or .graphml to keep everything")
    }
}
