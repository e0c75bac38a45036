/// Writes a network as the two CSV files of `neo4j-admin database import full`: nodes and relationships.
///
/// Nodes: `id:ID`, `:LABEL` (`Actor;Organization`, `Event;Workshop`, `Source`), then every field,
/// typed in the header (`influence:int`, `tags:string[]` with `;` between values). Relationships:
/// `:START_ID`, `:END_ID`, `:TYPE` (`MEMBER_OF`, `MET`, `ATTENDED`, `ORGANIZED`), then the tie fields
/// (`directed:boolean`). Import with
/// `neo4j-admin database import full --multiline-fields=true --nodes=X-neo4j-nodes.csv --relationships=X-neo4j-relationships.csv`
/// (`--multiline-fields=true`: notes and names may hold line breaks, inside quoted cells).
/// Rendered by `CSVText`.
public struct Neo4jCSVWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The nodes CSV and the relationships CSV of `graph`.
    public func write(_ graph: Graph) -> (nodes: String, relationships: String) {
        var nodes: [(id: String, labels: String, record: [(key: String, value: String)])] = []
        nodes += graph.actors.map { ($0.id, "Actor;" + CypherEscaping.label($0.kind.rawValue), FormatRecords.actor($0)) }
        nodes += graph.events.map { ($0.id, "Event;" + CypherEscaping.label($0.kind.rawValue), FormatRecords.event($0)) }
        nodes += graph.sources.map { ("source:" + $0.id, "Source", FormatRecords.source($0)) }
        var relationships: [(start: String, end: String, type: String, record: [(key: String, value: String)])] = []
        for tie in graph.ties {
            var record = FormatRecords.tie(tie).filter { $0.key != "kind" }
            record.append(("directed", tie.isDirected ? "true" : "false"))
            relationships.append((tie.from, tie.to, CypherEscaping.relationshipType(tie.kind.rawValue), record))
        }
        for event in graph.events {
            relationships += event.organizers.map { ($0, event.id, "ORGANIZED", []) }
            for participant in event.participants {
                var record: [(key: String, value: String)] = []
                if let role = participant.role { record.append(("role", role)) }
                if let behalf = participant.onBehalfOf { record.append(("on_behalf_of", behalf)) }
                relationships.append((participant.id, event.id, "ATTENDED", record))
            }
        }
        let nodeKeys = FormatRecords.columns(nodes.map(\.record))
        let nodeRows = nodes.map { node in [node.id, node.labels] + values(node.record, nodeKeys) }
        let relationshipKeys = FormatRecords.columns(relationships.map(\.record))
        let relationshipRows = relationships.map { [$0.start, $0.end, $0.type] + values($0.record, relationshipKeys) }
        return (CSVText.render([["id:ID", ":LABEL"] + nodeKeys.map(header)] + nodeRows),
                CSVText.render([[":START_ID", ":END_ID", ":TYPE"] + relationshipKeys.map(header)] + relationshipRows))
    }

    /// A column header with its neo4j-admin type.
    private func header(_ key: String) -> String {
        if key == "directed" { return "directed:boolean" }
        if FormatRecords.isList(key) { return key + ":string[]" }
        switch FormatRecords.type(of: key) {
        case .int: return key + ":int"
        case .double: return key + ":double"
        case .string: return key
        }
    }

    private func values(_ record: [(key: String, value: String)], _ keys: [String]) -> [String] {
        let byKey = Dictionary(record.map { ($0.key, FormatRecords.isList($0.key) ? FormatListText.split($0.value).joined(separator: ";") : $0.value) },
                               uniquingKeysWith: { first, _ in first })
        return keys.map { byKey[$0] ?? "" }
    }
}
