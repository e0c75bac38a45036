// Shared by the GraphML and CSV readers: which model field a foreign attribute or column feeds.

/// The actor field that a node attribute (GraphML `attr.name`) or nodes-file column feeds.
enum ForeignNodeField: Sendable, Hashable {
    case id, name, kind, country, tags, place, region, title, note

    /// The field for an attribute name, matched case-insensitively; nil when the model has no such field.
    init?(attribute: String) {
        switch ForeignFieldName.normalize(attribute) {
        case "id": self = .id
        case "label", "name": self = .name
        case "kind", "type", "category": self = .kind
        case "country": self = .country
        case "tags", "tag": self = .tags
        case "place", "city", "location": self = .place
        case "region": self = .region
        case "title", "post": self = .title
        case "note", "notes", "description": self = .note
        default: return nil
        }
    }
}

/// The tie field that an edge attribute (GraphML `attr.name`) or edges-file column feeds.
enum ForeignEdgeField: Sendable, Hashable {
    case id, source, target, kind, directed, weight, date, start, end, place, note

    /// The field for an attribute name, matched case-insensitively; nil when the model has no such field.
    init?(attribute: String) {
        switch ForeignFieldName.normalize(attribute) {
        case "id", "key": self = .id
        case "source", "from": self = .source
        case "target", "to": self = .target
        // Gephi's edge table puts the direction (`Directed`/`Undirected`) in `Type`; the value decides.
        case "kind", "type", "relation", "relationship", "interaction": self = .kind  // `interaction`: Cytoscape
        case "directed": self = .directed
        case "weight", "strength": self = .weight
        case "date": self = .date
        case "start": self = .start
        case "end": self = .end
        case "place", "location": self = .place
        case "label", "note", "notes", "description": self = .note
        default: return nil
        }
    }
}

/// Normalization of attribute and column names.
enum ForeignFieldName {
    /// Lowercased and trimmed, so `Id`, ` Label ` and `WEIGHT` match.
    static func normalize(_ name: String) -> String {
        name.foreignTrimmed.lowercased()
    }
}
