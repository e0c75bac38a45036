// Shared by the GraphML, GEXF, Kumu and CSV readers: which model field a foreign attribute or column feeds.

/// The actor field that a node attribute (GraphML `attr.name`) or nodes-file column feeds.
///
/// Besides the common names of other tools, the keys StakeMap's own writers use are read back
/// (`name_ar`, `title_en`, `aliases`, `gender`, `influence`, `stance`, `sensitivity`, `sources`),
/// so that a network written as GraphML, GEXF or Kumu comes back whole.
enum ForeignNodeField: Sendable, Hashable {
    case id, name, kind, country, tags, place, region, title, note
    case aliases, gender, influence, stance, sensitivity, sources
    /// `name_<language>`: the name in one language.
    case nameIn(String)
    /// `title_<language>`: a person's post in one language.
    case titleIn(String)
    /// A custom field (`fields:`): an attribute with no StakeMap field, kept under its own name.
    case field(String)

    /// The field for an attribute name, matched case-insensitively; an attribute with no StakeMap
    /// field is a custom `.field` (nil only for presentation data such as Gephi's `x`, `r`, `size`).
    init?(attribute: String) {
        if let custom = ForeignFieldName.custom(attribute) {
            self = .field(custom)
            return
        }
        let name = ForeignFieldName.normalize(attribute)
        switch name {
        case "id": self = .id
        case "label", "name": self = .name
        case "kind", "type", "category", "element-type", "element type": self = .kind
        case "country": self = .country
        case "tags", "tag": self = .tags
        case "place", "city", "location": self = .place
        case "region": self = .region
        case "title", "post": self = .title
        case "note", "notes", "description": self = .note
        case "aliases", "alias": self = .aliases
        case "gender": self = .gender
        case "influence": self = .influence
        case "stance": self = .stance
        case "sensitivity": self = .sensitivity
        case "sources", "citations": self = .sources
        default:
            if let language = ForeignFieldName.language(of: attribute, prefix: "name_") {
                self = .nameIn(language)
            } else if let language = ForeignFieldName.language(of: attribute, prefix: "title_") {
                self = .titleIn(language)
            } else if ForeignFieldName.isPresentation(name) {
                return nil
            } else {
                self = .field(String(attribute.foreignTrimmed))
            }
        }
    }
}

/// The tie field that an edge attribute (GraphML `attr.name`) or edges-file column feeds.
enum ForeignEdgeField: Sendable, Hashable {
    case id, source, target, kind, directed, weight, date, start, end, place, note
    case strength, confidence, sensitivity, outcome, followUp, sources
    /// A custom field (`fields:`): an attribute with no StakeMap field, kept under its own name.
    case field(String)

    /// The field for an attribute name, matched case-insensitively; an attribute with no StakeMap
    /// field is a custom `.field` (nil only for presentation data).
    init?(attribute: String) {
        if let custom = ForeignFieldName.custom(attribute) {
            self = .field(custom)
            return
        }
        switch ForeignFieldName.normalize(attribute) {
        case "id", "key": self = .id
        case "source", "from": self = .source
        case "target", "to": self = .target
        // Gephi's edge table puts the direction (`Directed`/`Undirected`) in `Type`; the value decides.
        case "kind", "type", "relation", "relationship", "interaction", "connection type": self = .kind  // `interaction`: Cytoscape
        case "directed", "direction": self = .directed  // `direction`: Kumu
        case "weight": self = .weight
        // A whole 1–5 strength is kept as it is; any other value is read as a weight, as before.
        case "strength": self = .strength
        case "date": self = .date
        case "start", "date_start": self = .start  // `date_start`: StakeMap's GEXF (where `start` is the spell)
        case "end", "date_end": self = .end
        case "place", "location": self = .place
        case "label", "note", "notes", "description": self = .note
        case "confidence": self = .confidence
        case "sensitivity": self = .sensitivity
        case "outcome": self = .outcome
        case "follow_up", "follow-up", "followup": self = .followUp
        case "sources", "citations": self = .sources
        case let name where ForeignFieldName.isPresentation(name): return nil
        default: self = .field(String(attribute.foreignTrimmed))
        }
    }
}

/// Normalization of attribute and column names.
enum ForeignFieldName {
    /// Lowercased and trimmed, so `Id`, ` Label ` and `WEIGHT` match.
    static func normalize(_ name: String) -> String {
        name.foreignTrimmed.lowercased()
    }

    /// The prefix StakeMap's writers put before a custom field whose name is also a model
    /// field's (`field_kind`), so that it reads back as the custom field.
    static let customPrefix = "field_"

    /// The custom field named by `field_KEY`, if `name` is written so.
    static func custom(_ name: String) -> String? {
        let trimmed = String(name.foreignTrimmed)
        guard trimmed.hasPrefix(customPrefix), trimmed.count > customPrefix.count else { return nil }
        return String(trimmed.dropFirst(customPrefix.count))
    }

    /// Gephi's and Cytoscape's layout and colour attributes, which are not data.
    static func isPresentation(_ name: String) -> Bool {
        name.hasPrefix("_") || ["x", "y", "z", "size", "r", "g", "b", "color", "colour", "shape"].contains(name)
    }

    /// The language code after `prefix` (`name_ar` → `ar`): two or three letters, optionally
    /// followed by `-` and a subtag (`zh-Hant`, `pt-BR`); nil otherwise. The prefix is matched in
    /// any case; the subtag keeps its case (`pt-BR` stays `pt-BR`), the language itself is lower case.
    static func language(of attribute: String, prefix: String) -> String? {
        let name = attribute.foreignTrimmed
        guard name.lowercased().hasPrefix(prefix) else { return nil }
        let code = name.dropFirst(prefix.count)
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), parts.count <= 2,
              first.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }),
              parts.dropFirst().allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) } })
        else { return nil }
        return first.lowercased() + code.dropFirst(first.count)
    }
}
