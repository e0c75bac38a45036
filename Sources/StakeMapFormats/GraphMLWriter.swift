/// Writes a network as GraphML that networkx, Gephi, yEd and Cytoscape read.
///
/// Every actor and tie field has a `<key>` (`FormatRecords`: `label`, `kind`, `name_ar`, …,
/// `date`, `strength`, `follow_up`, `sources` as text), declared only when some item uses it.
/// A custom field is typed by its values (`long`, `double`, `boolean`, else `string`), so that
/// networkx and igraph read numbers and yes/no back as such.
/// The graph's title and description (per language), `as_of`, and the source records and events
/// (as JSON in the native structure: GraphML has no place for them otherwise) are graph data.
/// `GraphMLReader` reads all of it back, so native → GraphML → native is lossless.
///
/// The graph is written `edgedefault="directed"`, so that networkx and igraph keep every tie's
/// `source`/`target` order through their own read and write; each edge also carries the boolean
/// data `directed` (`false` for undirected kinds such as `met`), which both keep as an attribute.
/// There is no per-edge `directed=` XML attribute: networkx refuses a graph that mixes them.
public struct GraphMLWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The GraphML text of `graph`.
    /// - Complexity: O(size of the network).
    public func write(_ graph: Graph) -> String {
        let actorRecords = graph.actors.map(FormatRecords.actor)
        let tieRecords = graph.ties.map(FormatRecords.tie)
        let graphData = self.graphData(graph)
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
        ]
        for (key, _) in graphData { lines.append(keyLine("g_" + key, domain: "graph", name: key)) }
        let nodeTypes = FormatRecords.graphMLFieldTypes(graph.actors.map(\.fields))
        let edgeTypes = FormatRecords.graphMLFieldTypes(graph.ties.map(\.fields), onEdges: true)
        for key in FormatRecords.columns(actorRecords) { lines.append(keyLine("n_" + key, domain: "node", name: key, type: nodeTypes[key])) }
        for key in FormatRecords.columns(tieRecords) { lines.append(keyLine("e_" + key, domain: "edge", name: key, type: edgeTypes[key])) }
        if !graph.ties.isEmpty {
            lines.append(#"  <key id="e_directed" for="edge" attr.name="directed" attr.type="boolean"/>"#)
        }
        lines.append(#"  <graph id="G" edgedefault="directed">"#)
        for (key, value) in graphData { lines.append("    " + data("g_" + key, value)) }
        for (actor, record) in zip(graph.actors, actorRecords) {
            lines.append("    <node id=\"\(MarkupEscaping.escaped(actor.id, for: .xml))\">" + record.map { data("n_" + $0.key, $0.value) }.joined() + "</node>")
        }
        for (index, (tie, record)) in zip(graph.ties, tieRecords).enumerated() {
            lines.append("    <edge id=\"e\(index)\" source=\"\(MarkupEscaping.escaped(tie.from, for: .xml))\" target=\"\(MarkupEscaping.escaped(tie.to, for: .xml))\">"
                         + record.map { data("e_" + $0.key, $0.value) }.joined()
                         + data("e_directed", tie.isDirected ? "true" : "false") + "</edge>")
        }
        lines += ["  </graph>", "</graphml>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The graph-level data: title and description (plain, or per language), `as_of`, sources, events.
    private func graphData(_ graph: Graph) -> [(key: String, value: String)] {
        var pairs: [(key: String, value: String)] = []
        for (name, text) in [("title", graph.title), ("description", graph.description)] {
            guard let text else { continue }
            if text.isPlain {
                pairs.append((name, text.text()))
            } else {
                for language in text.languages { pairs.append(("\(name)_\(language)", text.translations[language] ?? "")) }
            }
        }
        if let asOf = graph.asOf { pairs.append(("as_of", asOf.description)) }
        if !graph.sources.isEmpty { pairs.append((GraphMLStakeMapKeys.sources, ModelJSON.encode(graph.sources))) }
        if !graph.events.isEmpty { pairs.append((GraphMLStakeMapKeys.events, ModelJSON.encode(graph.events))) }
        return pairs
    }

    /// A `<key>` line; `type` is a custom field's own type (`long`, `double`, `boolean`), else the model field's.
    private func keyLine(_ id: String, domain: String, name: String, type: String? = nil) -> String {
        let type = type ?? (name.hasPrefix("stakemap_") || domain == "graph" ? .string : FormatRecords.type(of: name)).rawValue
        return "  <key id=\"\(MarkupEscaping.escaped(id, for: .xml))\" for=\"\(domain)\" attr.name=\"\(MarkupEscaping.escaped(name, for: .xml))\" attr.type=\"\(type)\"/>"
    }

    private func data(_ key: String, _ value: String) -> String {
        "<data key=\"\(MarkupEscaping.escaped(key, for: .xml))\">\(MarkupEscaping.escaped(value, for: .xml))</data>"
    }
}
