import Foundation

/// Model values (events, sources) as compact JSON text inside another format, through
/// Foundation's encoder with snake_case keys (`follow_up`, `on_behalf_of`), and back.
enum ModelJSON {
    /// Why a JSON text could not be decoded.
    struct Failure: Error {
        /// One sentence.
        let message: String
    }

    /// The compact JSON text of `value`, keys sorted (stable output).
    static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The value encoded in `text`.
    static func decode<Value: Decodable>(_ type: Value.Type, from text: String) throws(Failure) -> Value {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(type, from: Data(text.utf8))
        } catch let DecodingError.dataCorrupted(context) {
            throw Failure(message: context.debugDescription)
        } catch let DecodingError.keyNotFound(key, context) {
            throw Failure(message: "'\(key.stringValue)' is missing at \(path(context))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw Failure(message: "wrong type at \(path(context)): \(context.debugDescription)")
        } catch {
            throw Failure(message: "\(error)")
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        return path.isEmpty ? "the top" : path
    }
}
