import Foundation
import ArgumentParser
import StakeMapAnalysis

extension LengthConvention: ExpressibleByArgument {}

/// Helpers shared by the analysis commands (centrality, communities, brokers).
enum AnalysisOutput {
    /// A score for a table cell: four decimals, "—" for an undefined value.
    static func cell(_ value: Double) -> String {
        value.isNaN ? "—" : String(format: "%.4f", value)
    }

    /// An actor's English display name, or its id when the actor is unknown.
    static func name(of id: String, in graph: Graph) -> String {
        graph.actor(withID: id)?.displayName(in: "en") ?? id
    }

    /// An actor's kind, or "" when unknown.
    static func kind(of id: String, in graph: Graph) -> String {
        graph.actor(withID: id)?.kind.rawValue ?? ""
    }

    /// `value` as pretty, key-sorted JSON followed by a newline.
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// Node indices of comma-separated actor ids, or a usage error naming the unknown ones.
    static func nodes(_ list: String, in network: Network, option: String) throws -> [Int32] {
        var result = [Int32]()
        for id in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !id.isEmpty {
            guard let node = network.index(of: id) else {
                let hint = Suggestion.hint(for: id, in: network.ids).map { "; \($0)" } ?? ""
                throw ValidationError("\(option): no actor '\(id)' in this network\(hint)")
            }
            result.append(node)
        }
        return result
    }
}
