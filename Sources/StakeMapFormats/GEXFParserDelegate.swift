import Foundation

/// Receives `XMLStreamParser`'s events for a GEXF file and turns them into foreign nodes and edges.
final class GEXFParserDelegate: XMLStreamParserDelegate {
    /// A declared attribute: its title and the model field it feeds.
    struct Attribute {
        let title: String
        let nodeField: ForeignNodeField?
        let edgeField: ForeignEdgeField?
    }

    let file: String
    let maxDepth: Int
    var builder: ForeignGraphBuilder
    private var depth = 0
    private var names: [String] = []
    private var attributeClass = ""
    private var nodeAttributes: [String: Attribute] = [:]
    private var edgeAttributes: [String: Attribute] = [:]
    private var node: ForeignNode?
    /// The current edge's spell dates, applied at its end unless an attribute gave them.
    private var spells: [(ForeignEdgeField, String, SourceLocation)] = []
    private var edge: ForeignEdge?
    private var defaultDirected = false
    /// Whether StakeMap wrote the file (its spells and edge weights are derived; attributes are exact).
    private var ownFile = false
    private var text = ""
    private var capturing = false
    /// The meta `<title>` and `<description>`, and networkx's `<graph name>`: the title, in that order.
    private var titles: [String: String] = [:]
    /// A foreign edge's `weight`, applied when the edge closes (unless it is only its StakeMap `strength`).
    private var pendingWeight: (value: String, location: SourceLocation)?
    /// The earliest start and latest end of a foreign edge's `<spells>`.
    private var spellStart: PartialDate?
    private var spellEnd: PartialDate?
    /// Whether one of the edge's spells has no end (the tie still holds).
    private var spellOpen = false
    private(set) var stopped = false
    private(set) var malformed = false
    private var sawRoot = false

    init(file: String, limits: GraphMLReader.Limits) {
        self.file = file
        self.maxDepth = limits.maxDepth
        self.builder = ForeignGraphBuilder(maxErrors: limits.maxErrors)
    }

    private func location(_ parser: XMLStreamParser) -> SourceLocation {
        SourceLocation(file: file, line: parser.lineNumber, column: max(1, parser.columnNumber))
    }

    func parser(_ parser: XMLStreamParser, didStartElement elementName: String, attributes: XMLAttributes) {
        guard !stopped else { return }
        depth += 1
        names.append(elementName)
        if depth > maxDepth {
            builder.report.limit("elements are nested more than \(maxDepth) deep", at: location(parser))
            return stop(parser)
        }
        if depth == 1 {
            sawRoot = true
            guard elementName == "gexf" || elementName.hasSuffix(":gexf") else {
                builder.report.error("not a GEXF file: the root element is <\(elementName)>, not <gexf>", at: location(parser))
                return stop(parser)
            }
        }
        switch elementName {
        case "creator", "description", "title":
            if names.dropLast().last == "meta" { capturing = true; text = "" }
        case "graph":
            defaultDirected = attributes["defaultedgetype"]?.lowercased() == "directed"
            if let name = attributes["name"] { titles["name"] = name }
        case "spell" where edge != nil && !ownFile:
            spell(attributes)
        case "attributes":
            attributeClass = attributes["class"]?.lowercased() ?? "node"
        case "attribute":
            declare(attributes, parser: parser)
        case "node" where node == nil && edge == nil:
            openNode(attributes, parser: parser)
        case "edge":
            openEdge(attributes, parser: parser)
        case "attvalue":
            value(attributes, parser: parser)
        default:
            break
        }
    }

    func parser(_ parser: XMLStreamParser, didEndElement elementName: String) {
        guard !stopped else { return }
        depth -= 1
        _ = names.popLast()
        switch elementName {
        case "creator" where capturing:
            ownFile = text.foreignTrimmed == GEXFWriter.creator[...]
            capturing = false
        case "description" where capturing, "title" where capturing:
            titles[elementName] = text
            capturing = false
        case "node":
            if let finished = node, !names.contains("node") { builder.add(finished); node = nil }
        case "edge":
            if var finished = edge {
                for (field, value, here) in spells where finished.given[field] == nil {
                    builder.set(field, value, on: &finished, at: here)
                }
                spells = []
                finishForeign(&finished)
                builder.add(finished)
                edge = nil
            }
        default:
            break
        }
    }

    func parser(_ parser: XMLStreamParser, foundCharacters string: String) {
        if capturing { text += string }
    }

    func parser(_ parser: XMLStreamParser, parseErrorOccurred parseError: XMLStreamError) {
        guard !stopped else { return }
        malformed = true
        if parseError.isLimit {
            builder.report.limit(parseError.message, at: location(parser))
        } else {
            builder.report.error(parseError.message, at: location(parser))
        }
        if builder.report.isFull { stop(parser) }
    }

    /// Sets the title; reports a file with no root element.
    func finish(_ parser: XMLStreamParser) {
        if let title = ["title", "description", "name"].lazy.compactMap({ self.titles[$0].flatMap(ForeignValue.text) }).first {
            builder.title = LocalizedText(title)
        }
        if !sawRoot && !stopped && !malformed {
            malformed = true
            builder.report.error("no XML elements found", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    private func stop(_ parser: XMLStreamParser) {
        stopped = true
        parser.abortParsing()
    }

    private func declare(_ attributes: XMLAttributes, parser: XMLStreamParser) {
        guard let id = attributes["id"] else {
            return builder.report.error("<attribute> without an id", at: location(parser))
        }
        let title = attributes["title"] ?? id
        // networkx's bookkeeping of parallel edges (`networkx_key`) is no field of anyone's: not worth a warning.
        let quiet = title == "networkx_key"
        let attribute = Attribute(title: title, nodeField: ForeignNodeField(attribute: title), edgeField: ForeignEdgeField(attribute: title))
        let declared = attributeClass == "edge" ? edgeAttributes : nodeAttributes
        if let first = declared[id] ?? declared.values.first(where: { $0.title.lowercased() == title.lowercased() }) {
            return builder.report.error("two \(attributeClass == "edge" ? "edge" : "node") attributes share the id or title '\(first.title)'",
                                        at: location(parser), hint: "keep one; a value could be read from either")
        }
        if attributeClass == "edge" {
            edgeAttributes[id] = attribute
            if attribute.edgeField == nil && !quiet { builder.report.ignoredAttributes.add(title, at: location(parser)) }
        } else {
            nodeAttributes[id] = attribute
            if attribute.nodeField == nil { builder.report.ignoredAttributes.add(title, at: location(parser)) }
        }
    }

    private func openNode(_ attributes: XMLAttributes, parser: XMLStreamParser) {
        guard let id = attributes["id"], !id.isEmpty else {
            return builder.report.error("<node> without an id", at: location(parser))
        }
        var opened = ForeignNode(originalID: id, location: location(parser))
        if let label = attributes["label"] { builder.set(.name, label, on: &opened, at: opened.location) }
        node = opened
    }

    private func openEdge(_ attributes: XMLAttributes, parser: XMLStreamParser) {
        let here = location(parser)
        guard let source = attributes["source"], let target = attributes["target"], !source.isEmpty, !target.isEmpty else {
            return builder.report.error("<edge> without source or target", at: here)
        }
        let type = attributes["type"]?.lowercased()
        var opened = ForeignEdge(source: source, target: target, location: here,
                                 directed: type.map { $0 == "directed" } ?? defaultDirected)
        pendingWeight = nil
        spellStart = nil
        spellEnd = nil
        spellOpen = false
        if !ownFile {
            if let weight = attributes["weight"] { pendingWeight = (weight, here) }
            if let label = attributes["label"] { builder.set(.note, label, on: &opened, at: here) }
            // A spell is read when it is a date (Gephi also writes numbers and date-times), and only
            // where no attribute gives the same field exactly (the spell is its full-date rendering).
            spells = []
            for (name, field) in [("start", ForeignEdgeField.start), ("end", .end)] {
                if let value = attributes[name], let date = PartialDate(parsing: String(value.prefix(10))) {
                    spells.append((field, date.description, here))
                }
            }
        }
        edge = opened
    }

    private func value(_ attributes: XMLAttributes, parser: XMLStreamParser) {
        guard let id = attributes["for"] ?? attributes["id"], let value = attributes["value"] else { return }
        let here = location(parser)
        if var current = edge {
            guard let attribute = edgeAttributes[id] else {
                return builder.report.error("<attvalue> for an undeclared attribute '\(id)'", at: here)
            }
            if let field = attribute.edgeField, field != .source, field != .target { builder.set(field, value, on: &current, at: here) }
            edge = current
        } else if var current = node {
            guard let attribute = nodeAttributes[id] else {
                return builder.report.error("<attvalue> for an undeclared attribute '\(id)'", at: here)
            }
            if let field = attribute.nodeField, field != .id { builder.set(field, value, on: &current, at: here) }
            node = current
        }
    }

    /// Widens the current edge's date span by one `<spell>` whose ends are dates (a spell without an end is open).
    private func spell(_ attributes: XMLAttributes) {
        let date = { (name: String) in (attributes[name] ?? attributes[name + "open"]).flatMap { PartialDate(parsing: String($0.prefix(10))) } }
        if let start = date("start"), spellStart.map({ start.firstDayNumber < $0.firstDayNumber }) ?? true { spellStart = start }
        if let end = date("end") {
            if spellEnd.map({ end.lastDayNumber > $0.lastDayNumber }) ?? true { spellEnd = end }
        } else {
            spellOpen = true
        }
    }

    /// The parts of a foreign edge read once it is complete: its `<spells>` (when it has no date
    /// yet) and its weight, unless that weight is only the StakeMap `strength` it also carries
    /// (StakeMap's GEXF written back by networkx or Gephi).
    private func finishForeign(_ edge: inout ForeignEdge) {
        if edge.date == nil && edge.start == nil && edge.end == nil, let start = spellStart ?? spellEnd {
            builder.set(.start, start.description, on: &edge, at: edge.location)
            if let end = spellEnd, !spellOpen { builder.set(.end, end.description, on: &edge, at: edge.location) }
        }
        if let (value, location) = pendingWeight, edge.weight == nil {
            let derived = edge.strength.map { Double($0) == ForeignValue.number(value) } ?? false
            if !derived { builder.set(.weight, value, on: &edge, at: location) }
        }
        pendingWeight = nil
    }
}
