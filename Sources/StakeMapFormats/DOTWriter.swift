/// Writes a network as Graphviz DOT (`.dot`) for any Graphviz tool or networkx/pydot.
///
/// One `digraph`: directed kinds as arrows, undirected kinds with `dir=none`. Nodes are quoted
/// actor ids with `label` (the display name) and every other actor field as an attribute; edges
/// carry the tie fields (the exact weight as `stakemap_weight`, since `weight` means layout
/// weight to Graphviz). Every id, key and value is quoted by `DOTEscaping`.
public struct DOTWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The DOT text of `graph`.
    /// - Complexity: O(size of the network).
    public func write(_ graph: Graph) -> String {
        var lines = ["digraph \(DOTEscaping.quoted(graph.title?.text() ?? "stakemap")) {"]
        if let title = graph.title { lines.append("  graph [label=\(DOTEscaping.quoted(title.text()))];") }
        lines.append("  node [shape=box, style=rounded];")
        for actor in graph.actors {
            lines.append("  \(DOTEscaping.quoted(actor.id)) [\(attributes(FormatRecords.actor(actor)))];")
        }
        for tie in graph.ties {
            var record = FormatRecords.tie(tie).map { $0.key == "weight" ? ("stakemap_weight", $0.value) : $0 }
            if !tie.isDirected { record.append(("dir", "none")) }
            lines.append("  \(DOTEscaping.quoted(tie.from)) -> \(DOTEscaping.quoted(tie.to)) [\(attributes(record))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private func attributes(_ record: [(key: String, value: String)]) -> String {
        record.map { "\(DOTEscaping.quoted($0.key))=\(DOTEscaping.quoted($0.value))" }.joined(separator: ", ")
    }
}
