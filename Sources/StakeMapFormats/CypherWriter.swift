/// Writes a network as a Cypher script (`.cypher`) for Neo4j: run it with `cypher-shell -f`.
///
/// Actors are `(:Actor:<Kind>)` nodes (`un-body` → `UnBody`), events `(:Event:<Kind>)`, sources
/// `(:Source)`, each `MERGE`d on its id (with uniqueness constraints first) and given every field
/// as a property (lists as lists, numbers as numbers). Ties are relationships typed by kind
/// (`member-of` → `MEMBER_OF`) from `from` to `to`, with `directed: false` for undirected kinds;
/// attendance is `ATTENDED` (with `role`, `on_behalf_of`) and `ORGANIZED`. Every value is a literal
/// escaped by `CypherEscaping`. The constraints come first, in a block of their own after
/// `neo4jOnlyMarker` (their syntax is Neo4j 5's); the data after `dataMarker` is plain openCypher,
/// checked by loading it into FalkorDB.
public struct CypherWriter: Sendable {
    /// The comment line before the uniqueness constraints, whose syntax only Neo4j 5 accepts: other
    /// openCypher engines (FalkorDB, Memgraph, Apache AGE) skip from it down to the blank line.
    public static let neo4jOnlyMarker = "// Neo4j 5 only (other openCypher engines: skip down to the blank line): uniqueness constraints"
    /// The comment line before the data statements, which any openCypher engine runs.
    public static let dataMarker = "// Data: plain openCypher (MERGE, SET, MATCH, CREATE), for any engine"

    /// Creates a writer.
    public init() {}

    /// The Cypher script of `graph`.
    /// - Complexity: O(size of the network).
    public func write(_ graph: Graph) -> String {
        var lines = ["// StakeMap network" + (graph.title.map { ": " + $0.text().replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ") } ?? "")]
        lines.append(Self.neo4jOnlyMarker)
        for label in ["Actor", "Event", "Source"] {
            lines.append("CREATE CONSTRAINT stakemap_\(label.lowercased())_id IF NOT EXISTS FOR (n:\(label)) REQUIRE n.id IS UNIQUE;")
        }
        lines += ["", Self.dataMarker]
        for source in graph.sources {
            lines.append(merge("Source", nil, id: source.id, FormatRecords.source(source)))
        }
        for actor in graph.actors {
            lines.append(merge("Actor", CypherEscaping.label(actor.kind.rawValue), id: actor.id, FormatRecords.actor(actor)))
        }
        for event in graph.events {
            lines.append(merge("Event", CypherEscaping.label(event.kind.rawValue), id: event.id, FormatRecords.event(event)))
        }
        for tie in graph.ties {
            var properties = FormatRecords.tie(tie).filter { $0.key != "kind" }
            if !tie.isDirected { properties.append(("directed", "false")) }
            lines.append(relate(("Actor", tie.from), ("Actor", tie.to), type: CypherEscaping.relationshipType(tie.kind.rawValue), properties))
        }
        for event in graph.events {
            for organizer in event.organizers {
                lines.append(relate(("Actor", organizer), ("Event", event.id), type: "ORGANIZED", []))
            }
            for participant in event.participants {
                var properties: [(key: String, value: String)] = []
                if let role = participant.role { properties.append(("role", role)) }
                if let behalf = participant.onBehalfOf { properties.append(("on_behalf_of", behalf)) }
                lines.append(relate(("Actor", participant.id), ("Event", event.id), type: "ATTENDED", properties))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func merge(_ label: String, _ kindLabel: String?, id: String, _ record: [(key: String, value: String)]) -> String {
        let extra = kindLabel.map { " SET n:\($0)" } ?? ""
        let map = self.map(record)
        return "MERGE (n:\(label) {id: \(CypherEscaping.literal(id))})\(extra)" + (map.isEmpty ? ";" : " SET n += \(map);")
    }

    private func relate(_ from: (String, String), _ to: (String, String), type: String, _ record: [(key: String, value: String)]) -> String {
        let map = self.map(record)
        return "MATCH (a:\(from.0) {id: \(CypherEscaping.literal(from.1))}), (b:\(to.0) {id: \(CypherEscaping.literal(to.1))}) "
            + "CREATE (a)-[:\(type)\(map.isEmpty ? "" : " " + map)]->(b);"
    }

    /// A Cypher map literal: numbers as numbers, lists as lists of strings, `directed` as a boolean.
    private func map(_ record: [(key: String, value: String)]) -> String {
        guard !record.isEmpty else { return "" }
        let entries = record.map { key, value -> String in
            let literal: String
            if key == "directed" {
                literal = value
            } else if FormatRecords.isList(key) {
                literal = "[" + FormatListText.split(value).map(CypherEscaping.literal).joined(separator: ", ") + "]"
            } else if FormatRecords.type(of: key) != .string, Double(value) != nil {
                literal = value
            } else {
                literal = CypherEscaping.literal(value)
            }
            return "\(CypherEscaping.identifier(key)): \(literal)"
        }
        return "{" + entries.joined(separator: ", ") + "}"
    }
}
