import Foundation
import Yams

/// An ordered document tree that the writer emits as YAML (through Yams) or as JSON.
indirect enum DocumentValue {
    /// A text; quoted in YAML when it would otherwise read as null.
    case string(String)
    /// A text always written in double quotes (a field text that would otherwise read as a number).
    case quoted(String)
    /// A bare word or date (a kind, `2018-09`): plain in YAML, a string in JSON.
    case plain(String)
    /// A number: plain in YAML, a number in JSON.
    case number(String)
    /// An ordered mapping, on one line (`flow`) or as a block.
    case map([(String, DocumentValue)], flow: Bool)
    /// A list, on one line (`flow`) or as a block.
    case list([DocumentValue], flow: Bool)

    /// The Yams node for emission.
    var yamlNode: Yams.Node {
        switch self {
        case let .string(text):
            let nullLike = ["", "~", "null", "Null", "NULL"].contains(text)
            return .scalar(.init(text, .implicit, nullLike ? .doubleQuoted : .any))
        case let .quoted(text):
            return .scalar(.init(text, .implicit, .doubleQuoted))
        case let .plain(text), let .number(text):
            return .scalar(.init(text, .implicit, .plain))
        case let .map(pairs, flow):
            return .mapping(.init(pairs.map { (Yams.Node.scalar(.init($0.0, .implicit, .plain)), $0.1.yamlNode) }, .implicit, flow ? .flow : .block))
        case let .list(items, flow):
            return .sequence(.init(items.map(\.yamlNode), .implicit, flow ? .flow : .block))
        }
    }

    /// JSON text, two-space indented at block levels, one line for flow values.
    func json(indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent + 1), closing = String(repeating: "  ", count: indent)
        switch self {
        case let .string(text), let .plain(text), let .quoted(text): return Self.quoted(text)
        case let .number(text): return text
        case let .map(pairs, flow):
            if pairs.isEmpty { return "{}" }
            let items = pairs.map { "\(Self.quoted($0.0)): \($0.1.json(indent: indent + 1))" }
            return flow ? "{" + items.joined(separator: ", ") + "}" : "{\n" + items.map { pad + $0 }.joined(separator: ",\n") + "\n" + closing + "}"
        case let .list(items, flow):
            if items.isEmpty { return "[]" }
            let rendered = items.map { $0.json(indent: indent + 1) }
            return flow ? "[" + rendered.joined(separator: ", ") + "]" : "[\n" + rendered.map { pad + $0 }.joined(separator: ",\n") + "\n" + closing + "]"
        }
    }

    /// A JSON string literal, escaped by Foundation's encoder.
    private static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(text) else { return "\"\"" }
        return String(decoding: data, as: UTF8.self)
    }
}
