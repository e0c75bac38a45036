/// The one Markdown escaper: characters that would start markup (emphasis, links, code, HTML,
/// tables) are backslash-escaped so that names and notes print as written; line breaks
/// become spaces (a name cannot start a new block); controls and bidi overrides become visible
/// escapes (`⟨U+202E⟩`).
public enum MarkdownEscaping {
    /// `text` as inline Markdown text.
    /// - Complexity: O(length of `text`).
    public static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|":
                result.append("\\")
                result.append(scalar)
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}", "\u{85}": result.append(" ")
            default:
                if UnsafeScalars.isUnsafe(scalar) {
                    result.append(contentsOf: UnsafeScalars.visible(scalar).unicodeScalars)
                } else {
                    result.append(scalar)
                }
            }
        }
        return String(result)
    }
}
