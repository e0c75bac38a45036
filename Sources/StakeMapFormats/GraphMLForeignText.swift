// Shared by the GraphML and CSV readers: text helpers for the hot path (no Foundation bridging).

extension Substring {
    /// The text without leading and trailing white space (Unicode `White_Space`, newlines included).
    /// - Complexity: O(white space at the ends); no copy.
    var foreignTrimmed: Substring {
        // Fast path: ends that are visible ASCII need no Unicode property look-up.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return self
        }
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return self[start..<end]
    }
}

extension String {
    /// The text without leading and trailing white space (Unicode `White_Space`, newlines included).
    var foreignTrimmed: Substring { self[...].foreignTrimmed }

    /// Trimmed, lowercased, with `_` and spaces as `-`: the form kind and direction words are compared in.
    var foreignKey: String {
        // Fast path: already lowercase ASCII letters, digits and hyphens.
        if utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) { return self }
        var key = ""
        for scalar in foreignTrimmed.lowercased().unicodeScalars {
            key.unicodeScalars.append(scalar == "_" || scalar == " " ? "-" : scalar)
        }
        return key
    }
}
