/// The one place where text becomes XML: for element content and double- or single-quoted attribute values.
public enum XMLEscaping {
    /// `text` escaped for XML 1.0 content or attribute values.
    ///
    /// `&`, `<`, `>`, `"` and `'` become entity references; tab, line feed and carriage return become
    /// character references (so attribute values keep them, and a CR LF is not folded); characters that
    /// XML 1.0 cannot carry at all (other C0 controls, U+FFFE, U+FFFF) become U+FFFD.
    /// - Complexity: O(length of `text`).
    public static func escaped(_ text: String) -> String {
        // Fast path: nothing to escape.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22 && $0 != 0x27 })
            && !text.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result.unicodeScalars.append("\u{FFFD}")
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
