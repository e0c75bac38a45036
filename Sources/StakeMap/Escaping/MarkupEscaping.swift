/// The one escaper for markup: HTML pages (report, plan), Graphviz HTML-like labels, GraphML and
/// GEXF. `&`, `<`, `>`, `"` and `'` become references, so a string is always text, never markup,
/// in element content and in quoted attribute values alike; tab, line feed and carriage return
/// become character references (an attribute value would fold them otherwise). The dialects
/// differ only in the characters that are not markup.
public enum MarkupEscaping {
    /// What the markup is for.
    public enum Dialect: Sendable {
        /// A page to be read (HTML, Graphviz labels): C0 and C1 controls become U+FFFD and bidi
        /// embeddings and overrides visible escapes (`⟨U+202E⟩`); the isolates pass; `'` is `&#39;`.
        case html
        /// A data file (GraphML, GEXF): every character XML 1.0 can carry is kept, a bidi override
        /// too (it is data; the reader gets it back); the C0 controls and U+FFFE/U+FFFF, which it
        /// cannot carry, become U+FFFD; `'` is `&apos;`.
        case xml
    }

    /// `text` escaped for element content or a quoted attribute value of `dialect`.
    /// - Complexity: O(length of `text`).
    public static func escaped(_ text: String, for dialect: Dialect = .html) -> String {
        guard text.unicodeScalars.contains(where: { isMarkup($0) || replacement(for: $0, in: dialect) != nil }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += dialect == .html ? "&#39;" : "&apos;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default:
                if let replacement = replacement(for: scalar, in: dialect) {
                    result += replacement
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// A whole page (or SVG) built by a library that escapes markup but not controls (Plot,
    /// Graphviz): what `escaped(_:for: .html)` does to characters that are not markup (bidi
    /// overrides visible, controls other than tab, line feed and carriage return U+FFFD). Markup
    /// itself never holds these characters, so this touches only text.
    /// - Complexity: O(length of `page`).
    public static func neutralized(_ page: String) -> String {
        guard page.unicodeScalars.contains(where: { !isLineSpace($0) && replacement(for: $0, in: .html) != nil }) else { return page }
        var result = String.UnicodeScalarView()
        for scalar in page.unicodeScalars {
            if !isLineSpace(scalar), let replacement = replacement(for: scalar, in: .html) {
                result.append(contentsOf: replacement.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `scalar` is markup or white space that `escaped` writes as a reference.
    private static func isMarkup(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'", "\t", "\n", "\r": true
        default: false
        }
    }

    private static func isLineSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    /// What `dialect` writes instead of `scalar` (a character that is not markup), or nil to keep it.
    private static func replacement(for scalar: Unicode.Scalar, in dialect: Dialect) -> String? {
        switch dialect {
        case .html:
            if UnsafeScalars.isBidiControl(scalar) { return UnsafeScalars.visible(scalar) }
            if UnsafeScalars.isUnsafe(scalar) && !(0x2028...0x2029).contains(scalar.value) { return "\u{FFFD}" }
            return nil
        case .xml:
            return scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF ? "\u{FFFD}" : nil
        }
    }
}
