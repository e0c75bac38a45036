/// A GraphML `<key>` declaration: which attribute a `<data key="…">` carries. A class, so that
/// finding the key of each of millions of `<data>` elements does not copy it.
final class GraphMLKey {
    /// The element kinds a key may be declared for (`for="node|edge|graph|all|…"`).
    enum Domain: String {
        case node, edge, graph, graphml, all, other

        /// The domain of a `for` attribute value (missing means `all`).
        init(attribute: String?) {
            self = attribute.flatMap { Domain(rawValue: $0.lowercased()) } ?? (attribute == nil ? .all : .other)
        }

        func includes(_ domain: Domain) -> Bool { self == .all || self == domain }
    }

    /// The graph-level fields a `for="graph"` key can feed.
    enum GraphField: Equatable {
        case title, description
        /// `title_<language>`, `description_<language>`: StakeMap's texts per language.
        case titleIn(String), descriptionIn(String)
        /// StakeMap's `as_of`, and its source records and events as JSON (`stakemap_sources`, `stakemap_events`).
        case asOf, sourceRecords, events

        init?(attribute: String) {
            let name = ForeignFieldName.normalize(attribute)
            switch name {
            case "name", "label", "title": self = .title
            case "description", "note": self = .description
            case "as_of": self = .asOf
            case GraphMLStakeMapKeys.sources: self = .sourceRecords
            case GraphMLStakeMapKeys.events: self = .events
            default:
                if let language = ForeignFieldName.language(of: attribute, prefix: "title_") {
                    self = .titleIn(language)
                } else if let language = ForeignFieldName.language(of: attribute, prefix: "description_") {
                    self = .descriptionIn(language)
                } else {
                    return nil
                }
            }
        }
    }

    /// The `id` that `<data key="…">` refers to.
    let id: String
    /// What the key is declared for.
    let domain: Domain
    /// `attr.name`, or the id when there is none (Gephi writes `id="label"`).
    let name: String
    /// Whether this is presentation data (yEd's `yfiles.type`), never a model field.
    let isGraphics: Bool
    /// The actor field it feeds on nodes.
    let nodeField: ForeignNodeField?
    /// The tie field it feeds on edges.
    let edgeField: ForeignEdgeField?
    /// The graph field it feeds on `<graph>`.
    let graphField: GraphField?
    /// The `<default>` value, if declared.
    var defaultValue: String?
    /// Where it is declared.
    let location: SourceLocation

    /// A key from its element's attributes.
    init(id: String, attributes: XMLAttributes, location: SourceLocation) {
        self.id = id
        self.domain = Domain(attribute: attributes["for"])
        self.name = attributes["attr.name"] ?? id
        self.isGraphics = attributes["yfiles.type"] != nil
        self.nodeField = isGraphics ? nil : ForeignNodeField(attribute: name)
        self.edgeField = isGraphics ? nil : ForeignEdgeField(attribute: name)
        self.graphField = isGraphics ? nil : GraphField(attribute: name)
        self.location = location
    }

    /// Whether the key is for a kind of element the model has no field for (reported as ignored).
    var isIgnored: Bool {
        guard !isGraphics else { return false }
        let usedOnNodes = domain.includes(.node) && nodeField != nil
        let usedOnEdges = domain.includes(.edge) && edgeField != nil
        let usedOnGraph = domain.includes(.graph) && graphField != nil
        return !(usedOnNodes || usedOnEdges || usedOnGraph)
    }
}
