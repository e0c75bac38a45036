import Foundation

/// Every file format StakeMap writes (and, where it can, reads), told apart by the file name.
public enum GraphFormat: String, Sendable, CaseIterable {
    /// The native YAML format.
    case yaml
    /// The native structure as JSON (lossless; schema in docs/stakemap.schema.json).
    case json
    /// GraphML (networkx, Gephi, yEd, Cytoscape).
    case graphml
    /// GEXF 1.3 (Gephi), with time spells.
    case gexf
    /// A Kumu blueprint, `X.kumu.json`.
    case kumuJSON = "kumu-json"
    /// Kumu's spreadsheet layout, `X-elements.csv` + `X-connections.csv`.
    case kumuCSV = "kumu-csv"
    /// Popolo JSON, `X.popolo.json` (write only).
    case popolo
    /// Graphviz DOT (write only).
    case dot
    /// A Cypher script for Neo4j (write only).
    case cypher
    /// The CSV files of `neo4j-admin database import`, `X-neo4j-nodes.csv` + `X-neo4j-relationships.csv` (write only).
    case neo4jCSV = "neo4j-csv"
    /// A nodes file beside an edges file (`X-nodes.csv`, `X-edges.csv`: Gephi, spreadsheets).
    case csv

    /// The format a file name implies; nil when none does.
    public init?(path: String) {
        let name = (path as NSString).lastPathComponent.lowercased()
        let ext = (name as NSString).pathExtension
        switch ext {
        case "yaml", "yml": self = .yaml
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "dot", "gv": self = .dot
        case "cypher", "cql": self = .cypher
        case "json":
            if name.hasSuffix(".kumu.json") { self = .kumuJSON } else if name.hasSuffix(".popolo.json") { self = .popolo } else { self = .json }
        case "csv":
            let stem = (name as NSString).deletingPathExtension
            if stem.hasSuffix("-neo4j-nodes") || stem.hasSuffix("-neo4j-relationships") || stem == "neo4j-nodes" || stem == "neo4j-relationships" {
                self = .neo4jCSV
            } else if stem.hasSuffix("elements") || stem.hasSuffix("connections") {
                self = .kumuCSV
            } else {
                self = .csv
            }
        default: return nil
        }
    }

    /// The formats `convert` can write.
    public static let writable: [GraphFormat] = [.yaml, .json, .graphml, .gexf, .kumuJSON, .kumuCSV, .popolo, .dot, .cypher, .neo4jCSV, .csv]

    /// The formats StakeMap can read.
    public static let readable: [GraphFormat] = [.yaml, .json, .graphml, .gexf, .kumuJSON, .kumuCSV, .csv]

    /// The name shown to users.
    public var displayName: String {
        switch self {
        case .yaml: "YAML"
        case .json: "JSON"
        case .graphml: "GraphML"
        case .gexf: "GEXF"
        case .kumuJSON: "Kumu JSON"
        case .kumuCSV: "Kumu CSV"
        case .popolo: "Popolo JSON"
        case .dot: "DOT"
        case .cypher: "Cypher"
        case .neo4jCSV: "Neo4j CSV"
        case .csv: "CSV"
        }
    }
}
