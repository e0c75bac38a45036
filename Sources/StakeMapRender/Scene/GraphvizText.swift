/// Escaping of text on its way to Graphviz, so that a name renders as that text, never as
/// markup or as a Graphviz escape, in every output format.
///
/// Graphviz treats plain labels as "escString": `\N`, `\G`, `\E`, `\T`, `\H`, `\L` are
/// replaced by object names, `\n`, `\l`, `\r` break lines, `\\` is a backslash, and HTML
/// entities (`&amp;`) are decoded. HTML-like labels are XML.
enum GraphvizText {
    /// `text` as a plain (escString) label: backslashes doubled, `&` and `"` as entities,
    /// line breaks as `\n`, control characters removed.
    static func label(_ text: String) -> String {
        escaped(text, backslash: "\\\\")
    }

    /// `text` as a tooltip. Graphviz un-escapes tooltips twice, so a backslash is quadrupled.
    static func tooltip(_ text: String) -> String {
        escaped(text, backslash: "\\\\\\\\")
    }

    /// `text` as character data inside an HTML-like label; line breaks become `<BR/>`.
    static func html(_ text: String) -> String {
        normalizedLines(text).split(separator: "\n", omittingEmptySubsequences: false)
            .map { MarkupEscaping.escaped(String($0)) }.joined(separator: "<BR/>")
    }

    /// A value safe for an XML `id`: ASCII letters, digits, `.`, `_` and `-` kept, every other
    /// byte of the UTF-8 form as `%XX`.
    static func identifier(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    private static func escaped(_ text: String, backslash: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in normalizedLines(text).unicodeScalars {
            switch scalar {
            case "\\": result += backslash
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "\n": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Line breaks unified to `\n`, tabs to spaces, other control characters and XML
    /// non-characters removed (they would make SVG ill-formed).
    static func normalizedLines(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0D: result.append("\n")
            case 0x0A: if !previousWasCarriageReturn { result.append("\n") }
            case 0x09: result.append(" ")
            case 0x00...0x1F, 0x7F, 0x80...0x9F, 0xFFFE, 0xFFFF: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
