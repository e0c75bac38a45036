import Foundation
import ArgumentParser
import StakeMapAnalysis
import StakeMapText

extension LengthConvention: ExpressibleByArgument {}

/// Helpers shared by the analysis commands (centrality, communities, brokers).
enum AnalysisOutput {
    /// A score for a table cell: four decimals, "—" for an undefined value.
    static func cell(_ value: Double) -> String {
        value.isNaN ? "—" : String(format: "%.4f", value)
    }

    /// An actor's display name in `language` (`en`, `ar`; another language where it has no
    /// name in that one), or its id when the actor is unknown.
    static func name(of id: String, in graph: Graph, language: String = "en") -> String {
        graph.actor(withID: id)?.displayName(in: language) ?? id
    }

    /// An actor's kind, or "" when unknown.
    static func kind(of id: String, in graph: Graph) -> String {
        graph.actor(withID: id)?.kind.rawValue ?? ""
    }

    /// An actor's kind as written in the data (English) or named in the language of `words`.
    static func kind(of id: String, in graph: Graph, words: Words) -> String {
        guard words.language != .en else { return kind(of: id, in: graph) }
        return graph.actor(withID: id).map { words.name(of: $0.kind) } ?? ""
    }

    /// An actor's display name in the language of `words`, or its id.
    static func name(of id: String, in graph: Graph, words: Words) -> String {
        graph.actor(withID: id)?.displayName(in: words.tag) ?? id
    }

    /// `value` as pretty, key-sorted JSON followed by a newline.
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// Node indices of comma-separated actors (ids, names, aliases, or the foreign ids a
    /// GraphML/CSV file gave them), or exit 1 naming the unknown one, as every actor argument does.
    static func nodes(_ list: String, in network: Network, graph: Graph, audience: Audience,
                      option: String, words: Words) throws -> [Int32] {
        var result = [Int32]()
        for reference in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !reference.isEmpty {
            let actor = try resolveActor(reference, in: graph, audience: audience, words: words)
            guard let node = network.index(of: actor.id) else {
                printError(words(.errorPrefix) + words(.notInAnalysisView, ["option": words.language == .en ? .text(option) : .id(option),
                                                                             "query": words.language == .en ? .text(reference) : .name(reference)]))
                throw ExitStatus.invalidInput
            }
            result.append(node)
        }
        return result
    }
}
