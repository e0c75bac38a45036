/// The one place where text becomes a DOT quoted string.
public enum DOTEscaping {
    /// `text` as a double-quoted DOT string: `\` and `"` escaped with a backslash, line breaks as
    /// `\n` (so Graphviz's own escapes such as `\N` stay literal text); other controls as spaces and
    /// bidi overrides as visible text (`⟨U+202E⟩`).
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += ""
            default:
                if UnsafeScalars.isBidiControl(scalar) {
                    result += UnsafeScalars.visible(scalar)
                } else if UnsafeScalars.isUnsafe(scalar) {
                    result += " "  // controls: Graphviz and the SVG it writes cannot carry them
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
