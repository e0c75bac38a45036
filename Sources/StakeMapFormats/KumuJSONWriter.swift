import Foundation

/// Writes a network as a Kumu blueprint (`.kumu.json`): `{"elements": […], "connections": […]}`.
///
/// Fields as `KumuRecords` names them (`label`, `type`, `description`, `tags` as an array, `ID`,
/// and StakeMap's other fields as custom fields); connections refer to elements by `ID`.
/// Encoded by `JSONSerialization`, keys sorted, so the output is stable.
public struct KumuJSONWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The blueprint text of `graph`.
    /// - Throws: `StakeMapError` (`.unwritable`) if the JSON encoder fails.
    public func write(_ graph: Graph) throws(StakeMapError) -> String {
        let elements = graph.actors.map { actor -> [String: Any] in
            let (fields, tags) = KumuRecords.element(actor)
            var object = [String: Any]()
            for (key, value) in fields where !value.isEmpty { object[Self.jsonKey(key)] = value }
            if !tags.isEmpty { object["tags"] = tags }
            return object
        }
        let connections = graph.ties.map { tie -> [String: Any] in
            var object = [String: Any]()
            for (key, value) in KumuRecords.connection(tie) where !value.isEmpty { object[Self.jsonKey(key)] = value }
            return object
        }
        do {
            let data = try JSONSerialization.data(withJSONObject: ["elements": elements, "connections": connections],
                                                  options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw StakeMapError(.unwritable, "cannot write the Kumu blueprint: \(error.localizedDescription)")
        }
    }

    /// Kumu's blueprint keys are lower case (`label`, `from`); custom fields keep their names.
    private static func jsonKey(_ key: String) -> String {
        ["Label", "Type", "Description", "From", "To", "Direction"].contains(key) ? key.lowercased() : key
    }
}
