import StakeMap

/// Markdown text for the documents of this module: the one Markdown escaper (`MarkdownEscaping`).
public enum MarkdownText {
    /// `text` as inline Markdown: markup characters backslash-escaped, line breaks as spaces,
    /// controls and bidi overrides as visible escapes.
    public static func escape(_ text: String) -> String { MarkdownEscaping.escaped(text) }
}
