/// The characters no sink may receive as they are: C0 and C1 controls (ESC starts terminal
/// sequences, CR rewrites a line, BEL rings), DEL, line and paragraph separators, and the
/// bidirectional embeddings and overrides that reorder what follows them (U+202E shows
/// "gpj.exe" as "exe.jpg"). The isolates (U+2066–U+2069) are let through: they are how Arabic
/// text keeps Latin names, ids and dates in order, and their effect ends with the paragraph.
public enum UnsafeScalars {
    /// Whether `scalar` must be neutralised before it reaches a terminal, a document or a script.
    @inlinable
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || isBidiControl(scalar) || value == 0x2028 || value == 0x2029
    }

    /// Whether `scalar` is a bidirectional embedding or override (U+202A–U+202E).
    @inlinable
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value)
    }

    /// `scalar` as visible text: `⟨U+001B⟩` (no character that any sink treats as special).
    public static func visible(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "⟨U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "⟩"
    }

    /// Whether `text` holds any unsafe scalar (a fast check before escaping).
    /// - Complexity: O(length of `text`).
    public static func contains(in text: String) -> Bool {
        text.unicodeScalars.contains(where: isUnsafe)
    }
}
