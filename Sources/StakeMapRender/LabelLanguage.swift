/// The language of the labels on a map.
public enum LabelLanguage: String, Sendable, CaseIterable, Hashable {
    /// English, falling back to whichever name exists.
    case en
    /// Arabic, falling back to whichever name exists.
    case ar
    /// English over Arabic on two lines where both exist.
    case both

    /// The label for `text` in this language: `both` gives "English\nالعربية" when both
    /// exist; otherwise the chosen language, then English, a plain name, any language.
    public func label(for text: LocalizedText) -> String {
        switch self {
        case .en: return text.text(in: "en")
        case .ar: return text.exactly("ar") ?? text.text(in: "en")
        case .both:
            let english = text.exactly("en") ?? text.exactly("")
            let arabic = text.exactly("ar")
            if let english, let arabic, english != arabic { return "\(english)\n\(arabic)" }
            return english ?? arabic ?? text.text()
        }
    }
}
