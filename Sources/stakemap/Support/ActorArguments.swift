import Foundation
import ArgumentParser
import StakeMap
import StakeMapText

/// Resolves actor arguments (ids or names in any language) or exits 1 with the resolver's
/// failure worded in the language of `words` (English as it always was, or Arabic).
func resolveActor(_ reference: String, in graph: Graph, audience: Audience, words: Words) throws -> Actor {
    switch ActorResolver(graph: graph, audience: audience).resolution(of: reference) {
    case let .success(actor):
        return actor
    case let .failure(failure):
        printError(ResolutionText.line(failure, words: words))
        throw ExitStatus.invalidInput
    }
}

/// Parses a partial date option (`2018`, `2018-09`, `2018-09-15`).
func parsePartialDate(_ text: String?, option: String) throws -> PartialDate? {
    guard let text else { return nil }
    guard let date = PartialDate(parsing: text) else {
        throw ValidationError("--\(option) '\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    }
    return date
}

/// Encodes a JSON object with sorted keys, pretty-printed, slashes unescaped.
func jsonText(_ object: Any) -> String {
    guard JSONSerialization.isValidJSONObject(object),
          let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
    else { return "{}" }
    return String(decoding: data, as: UTF8.self)
}

/// JSON null for an optional.
func jsonValue(_ value: String?) -> Any { value ?? NSNull() }
