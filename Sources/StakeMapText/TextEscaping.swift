/// Markdown text escaping for the documents of this module: characters that would start markup
/// (emphasis, links, HTML, tables) are backslash-escaped so that names and notes print as written.
public enum MarkdownText {
    /// `text` with `\ ` * _ [ ] < > |` backslash-escaped and newlines as spaces.
    public static func escape(_ text: String) -> String {
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
