import Foundation

/// Encodes the documents' Codable shapes: pretty, key-sorted, slashes unescaped, one newline at the end.
public enum JSONText {
    /// `value` as JSON text.
    public static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
