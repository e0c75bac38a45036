/// Writes a network as a nodes file and an edges file (`X-nodes.csv`, `X-edges.csv`), the layout
/// of Gephi's data laboratory and of spreadsheets, which `CSVGraphReader` reads back.
///
/// Nodes: `id`, `label` (the display name), `kind`, names per language (`name_ar`), then every
/// other field and the custom fields; edges: `source`, `target`, `kind`, then the tie's fields.
/// A UTF-8 byte-order mark starts each file by default, so that Excel shows Arabic intact.
public struct NodesEdgesCSVWriter: Sendable {
    /// Whether each file starts with a byte-order mark.
    public var byteOrderMark: Bool

    /// Creates a writer.
    public init(byteOrderMark: Bool = true) {
        self.byteOrderMark = byteOrderMark
    }

    /// The nodes CSV and the edges CSV of `graph`.
    /// - Complexity: O(size of the network).
    public func write(_ graph: Graph) -> (nodes: String, edges: String) {
        let nodes = graph.actors.map { [("id", $0.id)] + FormatRecords.actor($0) }
        let edges = graph.ties.map { [("source", $0.from), ("target", $0.to)] + FormatRecords.tie($0) }
        let bom = byteOrderMark ? "\u{FEFF}" : ""
        return (bom + table(nodes), bom + table(edges.isEmpty ? [[("source", ""), ("target", ""), ("kind", "")]] : edges, keepEmpty: !edges.isEmpty))
    }

    private func table(_ records: [[(key: String, value: String)]], keepEmpty: Bool = true) -> String {
        let header = FormatRecords.columns(records)
        guard keepEmpty else { return CSVText.render([header]) }
        let rows = records.map { record -> [String] in
            let values = Dictionary(record.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            return header.map { values[$0] ?? "" }
        }
        return CSVText.render([header] + rows)
    }
}
