/// The one HTML escaper (report, plan pages, Graphviz HTML-like labels): `&`, `<`, `>`, `"` and
/// `'` become character references, so a string is always text, never markup, in element content
/// and in quoted attribute values alike. Controls that HTML cannot carry become U+FFFD; bidi
/// overrides become visible escapes (`⟨U+202E⟩`); tab, line feed and carriage return stay (as
/// character references in attributes they would be folded otherwise, so they are written as such).
public enum HTMLEscaping {
    /// A whole page (or SVG) built by a library that escapes markup but not controls (Plot,
    /// Graphviz): bidi overrides become visible escapes and controls other than tab, line feed
    /// and carriage return become U+FFFD. Markup itself never holds these characters, so this
    /// touches only text.
    /// - Complexity: O(length of `page`).
    public static func neutralized(_ page: String) -> String {
        guard page.unicodeScalars.contains(where: { UnsafeScalars.isUnsafe($0) && !["\t", "\n", "\r"].contains($0) }) else { return page }
        var result = String.UnicodeScalarView()
        for scalar in page.unicodeScalars {
            if UnsafeScalars.isBidiControl(scalar) {
                result.append(contentsOf: UnsafeScalars.visible(scalar).unicodeScalars)
            } else if UnsafeScalars.isUnsafe(scalar) && !["\t", "\n", "\r", "\u{2028}", "\u{2029}"].contains(scalar) {
                result.append("\u{FFFD}")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` escaped for HTML or XML text and attribute values.
    /// - Complexity: O(length of `text`).
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default:
                if UnsafeScalars.isBidiControl(scalar) {
                    result += UnsafeScalars.visible(scalar)
                } else if UnsafeScalars.isUnsafe(scalar) && !(0x2028...0x2029).contains(scalar.value) {
                    result.unicodeScalars.append("\u{FFFD}")
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
