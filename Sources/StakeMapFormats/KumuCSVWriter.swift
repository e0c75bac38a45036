/// Writes a network as Kumu's spreadsheet layout: an elements CSV and a connections CSV.
///
/// Elements: `Label`, `Type`, `Description`, `Tags` (values separated by `|`), `ID`, then one
/// column per other StakeMap field; connections: `From`, `To` (element IDs), `Type`, `Direction`,
/// `Description`, then the tie fields. Rendered by `CSVText` (CSV.swift does the quoting).
public struct KumuCSVWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The elements CSV and the connections CSV of `graph`.
    public func write(_ graph: Graph) -> (elements: String, connections: String) {
        let elements = graph.actors.map { actor -> [(key: String, value: String)] in
            let (fields, tags) = KumuRecords.element(actor)
            var record = Array(fields.prefix(3))
            record.append(("Tags", FormatListText.join(tags)))
            return record + fields.dropFirst(3)
        }
        let connections = graph.ties.map(KumuRecords.connection)
        return (table(elements, required: ["Label", "Type", "Description", "Tags", "ID"]),
                table(connections, required: ["From", "To", "Type", "Direction", "Description"]))
    }

    private func table(_ records: [[(key: String, value: String)]], required: [String]) -> String {
        let extra = FormatRecords.columns(records).filter { !required.contains($0) }
        let header = required + extra
        let rows = records.map { record -> [String] in
            let values = Dictionary(record.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            return header.map { values[$0] ?? "" }
        }
        return CSVText.render([header] + rows)
    }
}
