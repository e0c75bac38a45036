/// The one HTML escaper of the command: every string that goes into an HTML page passes
/// through `escape`, in text and in attribute values alike.
enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, so that it is
    /// always text (never markup) in element content and in quoted attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}

/// Markdown text escaping: characters that would start markup (emphasis, links, HTML, tables)
/// are backslash-escaped so that names and notes print as written.
enum MarkdownEscaping {
    /// `text` with `\ ` * _ [ ] < > |` backslash-escaped and newlines as spaces.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|": result += "\\\(character)"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
