/// The keys the native format allows at each level, for unknown-key errors and hints.
enum NativeSchema {
    static let document = ["stakemap", "title", "description", "as_of", "include", "sources", "actors", "ties", "events"]
    static let source = ["id", "title", "file", "url", "date", "language", "note"]
    static let actor = ["id", "kind", "name", "aliases", "country", "place", "region", "title", "gender", "tags",
                        "influence", "stance", "sensitivity", "note", "sources", "fields"]
    static let tie = ["from", "to", "kind", "date", "start", "end", "place", "strength", "weight", "confidence",
                      "sensitivity", "outcome", "follow_up", "note", "sources", "fields", "directed"]
    static let event = ["id", "kind", "name", "date", "place", "organizers", "participants", "topics", "outcome",
                        "follow_up", "sensitivity", "note", "sources"]
    static let participant = ["id", "role", "on_behalf_of"]

    /// Whether `id` is a valid slug: `[a-z0-9][a-z0-9._-]*`.
    static func isSlug(_ id: String) -> Bool {
        guard let first = id.utf8.first, isSlugStart(first) else { return false }
        return id.utf8.allSatisfy { isSlugStart($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    private static func isSlugStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// A slug suggestion for an invalid id (lower-cased, other characters as hyphens).
    static func slugSuggestion(for id: String) -> String {
        var result = ""
        for scalar in id.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) || scalar == "." || scalar == "_" {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") {
                result += "-"
            }
        }
        while let first = result.first, !(first.isLetter || first.isNumber) { result.removeFirst() }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }
}
