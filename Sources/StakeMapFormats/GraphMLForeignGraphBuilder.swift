// Shared by the GraphML and CSV readers: foreign nodes and edges → a `Graph` with warnings.

/// Builds a `Graph` from the nodes and edges of a foreign file, collecting every problem.
struct ForeignGraphBuilder {
    /// Errors and the facts behind the warnings.
    var report: ForeignReport
    /// The network's title, if the file gives one.
    var title: LocalizedText?
    /// The network's description, if the file gives one.
    var description: LocalizedText?
    /// The network's "today", if the file gives it.
    var asOf: PartialDate?
    /// Source records the file carries (StakeMap's own GraphML); cited sources without one get a bare record.
    var sourceRecords: [Source] = []
    /// Events the file carries (StakeMap's own GraphML); their actor references are checked when built.
    var events: [Event] = []
    /// Where `events` were read, for errors about their references.
    var eventsLocation: SourceLocation?
    private(set) var nodes: [ForeignNode] = []
    private(set) var edges: [ForeignEdge] = []
    private var nodeIndex: [String: Int] = [:]

    /// Creates a builder that keeps at most `maxErrors` errors.
    init(maxErrors: Int) { report = ForeignReport(maxErrors: maxErrors) }

    /// Whether a node with this original id has been added.
    func hasNode(_ originalID: String) -> Bool { nodeIndex[originalID] != nil }

    /// Sets one node field from its text; bad values are reported at `location`.
    /// A field given twice on one node (two columns, keys or attributes that mean the same) is an
    /// error naming both places: a later `public` must never quietly replace an earlier `confidential`.
    mutating func set(_ field: ForeignNodeField, _ raw: String, on node: inout ForeignNode, at location: SourceLocation) {
        guard ForeignValue.text(raw) != nil else { return }
        guard checkOnce(field, raw, record: { "node '\(node.originalID)'" }, given: &node.given, at: location) else { return }
        apply(field, raw, on: &node, at: location)
    }

    /// Sets one edge field from its text; bad values are reported at `location`. A field given twice is an error.
    mutating func set(_ field: ForeignEdgeField, _ raw: String, on edge: inout ForeignEdge, at location: SourceLocation) {
        guard ForeignValue.text(raw) != nil else { return }
        guard checkOnce(field, raw, record: { "edge '\(edge.source)' → '\(edge.target)'" }, given: &edge.given, at: location) else { return }
        apply(field, raw, on: &edge, at: location)
    }

    /// Records that `field` is given as `raw` at `location`; reports an error (and returns false) when
    /// it already was with another value. The same value twice (a GEXF spell and an attribute) is read once.
    /// `record` names the node or edge; it is only worded when there is an error to report.
    private mutating func checkOnce<Field: Equatable>(_ field: Field, _ raw: String, record: () -> String,
                                                       given: inout ForeignGivenFields<Field>, at location: SourceLocation) -> Bool {
        let value = raw.foreignTrimmed
        if let first = given[field] {
            if first.value == String(value) { return false }
            report.error("'\(ForeignFieldLabel.display("\(field)"))' is given twice for \(record()), as '\(first.value)' and '\(value)'",
                         at: location, hint: "first given at \(first.location); keep one")
            return false
        }
        given[field] = ForeignGiven(location: location, value: String(value))
        return true
    }

    private mutating func apply(_ field: ForeignNodeField, _ raw: String, on node: inout ForeignNode, at location: SourceLocation) {
        guard let value = ForeignValue.text(raw) else { return }
        switch field {
        case .id: node.declaredID = value
        case .name:
            // `name` and `label` both given and different: neither replaces the other.
            if let earlier = node.name, earlier != value, !node.aliases.contains(earlier) { node.aliases.append(earlier) }
            node.name = value
        case .field(let key): node.fields[key] = FieldValue(inferring: value)
        case .kind:
            if let kind = ForeignValue.actorKind(value) {
                node.kind = kind
            } else {
                report.unknownActorKinds.add(value, at: location)
            }
        case .country:
            if let code = ForeignValue.country(value) {
                node.country = code
            } else {
                report.badCountries.add(value, at: location)
            }
        case .tags: node.tags = ForeignValue.tags(value)
        case .place: node.place = value
        case .region: node.region = value
        case .title: node.title = value
        case .note: node.note = value
        case .nameIn(let language): node.names[language] = value
        case .titleIn(let language): node.titles[language] = value
        case .aliases: node.aliases = FormatListText.split(value)
        case .sources: node.sources = FormatListText.split(value).map(Citation.init(parsing:))
        case .gender, .influence, .stance, .sensitivity: setScalar(field, value, on: &node, at: location)
        }
    }

    private mutating func setScalar(_ field: ForeignNodeField, _ value: String, on node: inout ForeignNode, at location: SourceLocation) {
        switch field {
        case .gender:
            guard let gender = ForeignValue.gender(value) else { return report.unknownGenders.add(value, at: location) }
            node.gender = gender
        case .influence:
            guard let influence = ForeignValue.integer(value, in: 1...5) else {
                return report.error("influence '\(value)' is not a whole number from 1 to 5", at: location)
            }
            node.influence = influence
        case .stance:
            guard let stance = ForeignValue.integer(value, in: -2...2) else {
                return report.error("stance '\(value)' is not a whole number from -2 to 2", at: location)
            }
            node.stance = stance
        case .sensitivity:
            guard let sensitivity = ForeignValue.sensitivity(value, report: &report, at: location) else { return }
            node.sensitivity = sensitivity
        default:
            break
        }
    }

    private mutating func apply(_ field: ForeignEdgeField, _ raw: String, on edge: inout ForeignEdge, at location: SourceLocation) {
        guard let value = ForeignValue.text(raw) else { return }
        switch field {
        case .id, .source, .target: break
        case .field(let key): edge.fields[key] = FieldValue(inferring: value)
        case .kind:
            let key = value.foreignKey
            if ForeignValue.isDirectionWord(key) {
                if let directed = ForeignValue.direction(key) { edge.directed = directed }
            } else if let kind = ForeignValue.tieKind(key) {
                edge.kind = kind
            } else {
                report.unknownTieKinds.add(value, at: location)
            }
        case .directed:
            if let directed = ForeignValue.direction(value) {
                edge.directed = directed
            } else {
                report.error("'\(value)' is not a direction", at: location, hint: "use true/false or directed/undirected")
            }
        case .weight:
            if let weight = ForeignValue.number(value) {
                edge.weight = weight
                report.noteWeight(weight, at: location)
            } else {
                report.error("weight '\(value)' is not a finite number", at: location)
            }
        case .date, .start, .end:
            setDate(field, value, on: &edge, at: location)
        case .place: edge.place = value
        case .note: edge.note = value
        case .outcome: edge.outcome = value
        case .sources: edge.sources = FormatListText.split(value).map(Citation.init(parsing:))
        case .strength, .confidence, .sensitivity, .followUp: setScalar(field, value, on: &edge, at: location)
        }
    }

    private mutating func setScalar(_ field: ForeignEdgeField, _ value: String, on edge: inout ForeignEdge, at location: SourceLocation) {
        switch field {
        case .strength:
            if let strength = ForeignValue.integer(value, in: 1...5) {
                edge.strength = strength
            } else {
                apply(.weight, value, on: &edge, at: location)  // a strength column of other tools: a weight
            }
        case .confidence:
            guard let confidence = Confidence(rawValue: value.foreignKey) else {
                return report.error("confidence '\(value)' is not one of \(Confidence.allCases.map(\.rawValue).joined(separator: ", "))", at: location)
            }
            edge.confidence = confidence
        case .sensitivity:
            guard let sensitivity = ForeignValue.sensitivity(value, report: &report, at: location) else { return }
            edge.sensitivity = sensitivity
        case .followUp:
            guard let date = PartialDate(parsing: value) else {
                return report.error("follow_up '\(value)' is not a date", at: location, hint: "use 2018, 2018-09 or 2018-09-15")
            }
            edge.followUp = date
        default:
            break
        }
    }

    private mutating func setDate(_ field: ForeignEdgeField, _ value: String, on edge: inout ForeignEdge, at location: SourceLocation) {
        if field == .date {
            guard let span = DateSpan(parsing: value) else {
                return report.error("'\(value)' is not a date", at: location, hint: "use 2018, 2018-09, 2018-09-15 or 2018-11-12..2018-11-13")
            }
            edge.date = span
        } else {
            guard let date = PartialDate(parsing: value) else {
                return report.error("'\(value)' is not a date", at: location, hint: "use 2018, 2018-09 or 2018-09-15")
            }
            if field == .start {
                edge.start = date
                edge.startLocation = location
            } else {
                edge.end = date
            }
        }
    }

    /// Adds a node; a second node with the same id is an error naming the first.
    mutating func add(_ node: ForeignNode) {
        if let first = nodeIndex[node.originalID] {
            report.error("duplicate node id '\(node.originalID)'", at: node.location,
                         hint: "first declared at \(nodes[first].location)")
            return
        }
        nodeIndex[node.originalID] = nodes.count
        var node = node
        node.given = ForeignGivenFields()
        nodes.append(node)
    }

    /// Adds an edge; its ends are checked when the graph is built.
    mutating func add(_ edge: ForeignEdge) {
        var edge = edge
        edge.given = ForeignGivenFields()
        edges.append(edge)
    }

    /// Adds a node for every edge end that has none (an edges-only CSV file).
    mutating func addMissingEndpoints() {
        for edge in edges {
            if nodeIndex[edge.source] == nil { add(ForeignNode(originalID: edge.source, location: edge.location)) }
            if nodeIndex[edge.target] == nil { add(ForeignNode(originalID: edge.target, location: edge.location)) }
        }
    }
}
