/// Where words are going, which decides how a piece of the other direction is isolated and how
/// an Arabic block is marked right to left.
public enum TextMedium: String, Sendable, CaseIterable, Hashable {
    /// Plain text (terminal, ICS, JSON messages, map labels): isolates are FSI … PDI.
    case plain
    /// HTML: isolates are `<bdi>…</bdi>`; the caller escapes the pieces.
    case html
    /// Markdown: inline `<bdi>…</bdi>`, Arabic paragraphs in `<div dir="rtl">` blocks.
    case markdown
    /// A cell of an aligned table: no isolation (the cell is its own run, and a cell cut short
    /// to fit its column must not leave an isolate open).
    case cell
}

/// Unicode bidirectional isolation (UAX #9): keeps an id, a date, a citation or a Latin name from
/// scrambling the Arabic line around it ("… / 1 ,معا نبنيها step").
public enum Bidi {
    /// FIRST STRONG ISOLATE: starts an isolate whose direction is that of its first strong letter.
    public static let firstStrongIsolate = "\u{2068}"
    /// RIGHT-TO-LEFT ISOLATE.
    public static let rightToLeftIsolate = "\u{2067}"
    /// LEFT-TO-RIGHT ISOLATE.
    public static let leftToRightIsolate = "\u{2066}"
    /// POP DIRECTIONAL ISOLATE: ends an isolate.
    public static let popIsolate = "\u{2069}"

    /// `piece` isolated for `medium`: FSI…PDI, or `<bdi>…</bdi>` in HTML and Markdown.
    /// `piece` must already be escaped for HTML and Markdown.
    public static func isolate(_ piece: String, for medium: TextMedium) -> String {
        guard !piece.isEmpty else { return piece }
        switch medium {
        case .plain: return firstStrongIsolate + piece + popIsolate
        case .cell: return piece
        case .html, .markdown: return "<bdi>" + piece + "</bdi>"
        }
    }

    /// `markdown` as a right-to-left block (`<div dir="rtl">` with blank lines so that the
    /// Markdown inside is still parsed).
    public static func rightToLeftBlock(_ markdown: String) -> String {
        "<div dir=\"rtl\">\n\n" + markdown + "\n\n</div>"
    }

    /// Whether `text` has a strong right-to-left letter (Arabic, Hebrew, Syriac, Thaana, N'Ko).
    public static func hasRightToLeftLetter(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0590...0x08FF).contains($0.value) || (0xFB1D...0xFDFF).contains($0.value)
            || (0xFE70...0xFEFF).contains($0.value) }
    }

    /// Whether `text` has a strong left-to-right letter (Latin and other left-to-right scripts).
    public static func hasLeftToRightLetter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic && !hasRightToLeftLetter(String($0)) }
    }

    /// Whether the letters of `text` are all right to left (an Arabic name needs no isolation
    /// inside an Arabic sentence; digits and punctuation are neutral).
    public static func isRightToLeftOnly(_ text: String) -> Bool {
        hasRightToLeftLetter(text) && !hasLeftToRightLetter(text) && !text.contains(where: \.isNumber)
    }
}
