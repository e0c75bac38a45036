// Shared by the GraphML and CSV readers: foreign node ids → actor slugs.

import Foundation

/// Turns foreign node ids into actor ids (`[a-z0-9][a-z0-9._-]*`), keeping valid ones unchanged.
///
/// Deterministic: valid ids are reserved first, then each invalid id, in input order, gets the
/// slug of its transliterated, lowercased text, with `-2`, `-3`, … appended on a clash.
struct ForeignIDs {
    /// Original id → actor id, for the ids that had to change.
    private(set) var renamed: [String: String] = [:]
    /// The renamings in input order, for the warning.
    private(set) var renamings: [(original: String, slug: String)] = []

    /// Assigns actor ids to `originals` (unique, in input order).
    /// - Complexity: O(total length of the ids); transliteration only for non-ASCII invalid ids.
    init(_ originals: [String]) {
        var taken = Set<String>(minimumCapacity: originals.count)
        for original in originals where Self.isSlug(original) { taken.insert(original) }
        for original in originals where !Self.isSlug(original) {
            let base = Self.slug(of: original)
            var candidate = base
            var suffix = 2
            while taken.contains(candidate) {
                candidate = "\(base)-\(suffix)"
                suffix += 1
            }
            taken.insert(candidate)
            renamed[original] = candidate
            renamings.append((original, candidate))
        }
    }

    /// The actor id of a foreign id.
    func actorID(_ original: String) -> String { renamed.isEmpty ? original : renamed[original] ?? original }

    /// Whether `text` already is a valid actor id.
    static func isSlug(_ text: String) -> Bool {
        var first = true
        for byte in text.utf8 {
            let alnum = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            if first {
                guard alnum else { return false }
                first = false
            } else if !(alnum || byte == 0x2E || byte == 0x5F || byte == 0x2D) {
                return false
            }
        }
        return !first
    }

    /// A slug derived from any text: transliterated to Latin, diacritics and case folded,
    /// other characters turned into single hyphens; `node` when nothing usable is left.
    static func slug(of text: String) -> String {
        var latin = text
        if !text.unicodeScalars.allSatisfy(\.isASCII) {
            latin = (text.applyingTransform(.toLatin, reverse: false) ?? text)
                .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        }
        var result = ""
        var pendingHyphen = false
        for scalar in latin.lowercased().unicodeScalars {
            let value = scalar.value
            let alnum = (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
            if alnum || ((value == 0x2E || value == 0x5F || value == 0x2D) && !result.isEmpty) {
                if pendingHyphen && !result.isEmpty && !(value == 0x2D) { result.append("-") }
                pendingHyphen = false
                if value == 0x2D, result.last == "-" { continue }
                result.unicodeScalars.append(scalar)
            } else if scalar.isASCII || scalar.properties.isWhitespace {
                pendingHyphen = true
            }
            // Other non-ASCII scalars left after transliteration (modifier letters, marks) are dropped.
        }
        while let last = result.last, last == "-" || last == "." || last == "_" { result.removeLast() }
        return result.isEmpty ? "node" : result
    }
}
