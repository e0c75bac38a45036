/// The one escaper for text printed to a terminal (table output, messages): every control
/// character and bidirectional override is shown as a visible escape (`⟨U+001B⟩`), never sent
/// raw; a line break is a space, so a cell stays on its line.
public enum TerminalEscaping {
    /// `text` safe to print in one cell: controls and bidi overrides as `⟨U+…⟩`, line breaks and tabs as spaces.
    /// - Complexity: O(length of `text`).
    public static func escaped(_ text: String) -> String {
        guard UnsafeScalars.contains(in: text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\t", "\u{2028}", "\u{2029}": result.append(" ")
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

    /// Whole printed text (several lines, perhaps CSV or JSON): line feeds and tabs kept; every
    /// other control (a carriage return too) and bidi override as a visible escape.
    /// - Complexity: O(length of `text`).
    public static func printable(_ text: String) -> String {
        guard UnsafeScalars.contains(in: text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if UnsafeScalars.isUnsafe(scalar) && scalar != "\n" && scalar != "\t" {
                result.append(contentsOf: UnsafeScalars.visible(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// One line of a message (a diagnostic, a note on standard error): every control, a line
    /// break and a tab too, and every bidi override as a visible escape, so that a name quoted in
    /// it can neither colour the terminal nor start a line that looks like another diagnostic.
    /// - Complexity: O(length of `text`).
    public static func line(_ text: String) -> String {
        guard UnsafeScalars.contains(in: text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if UnsafeScalars.isUnsafe(scalar) {
                result.append(contentsOf: UnsafeScalars.visible(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
