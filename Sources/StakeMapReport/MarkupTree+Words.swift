import StakeMap

/// The page's ways of writing words, as `MarkupTree`s: `Markup`'s helpers of the same names
/// write these, so a card or row built on demand by the script reads as one written in markup.
extension MarkupTree {
    /// A phrase of the page in the report's language; in `both`, the Arabic half is marked
    /// right to left.
    static func phrase(_ phrase: Phrase, _ language: ReportLanguage) -> MarkupTree {
        switch language {
        case .en: return .text(phrase.en)
        case .ar: return .text(phrase.ar)
        case .both:
            guard phrase.en != phrase.ar else { return .text(phrase.en) }
            return .group([.text(phrase.en + " · "), arabic(phrase.ar, block: false)])
        }
    }

    /// Arabic text, marked `lang="ar" dir="rtl"`; a block is right-aligned.
    static func arabic(_ value: String, block: Bool) -> MarkupTree {
        element(block ? "div" : "bdi", [("lang", "ar"), ("dir", "rtl"), ("class", block ? "ar-block" : "ar")], .text(value))
    }

    /// English text the analysis wrote, marked `lang="en" dir="ltr"` on a page that is not English.
    static func english(_ value: String, _ language: ReportLanguage, element name: String = "span", class classes: String? = nil) -> MarkupTree {
        let style = classes.map { [("class", $0)] } ?? []
        guard language != .en else { return element(name, style, .text(value)) }
        return element(name, style + [("lang", "en"), ("dir", "ltr")], .text(value))
    }

    /// Text that reads left to right whatever the page's direction: dates, citations, codes.
    static func ltr(_ value: String) -> MarkupTree {
        element("bdi", [("dir", "ltr")], .text(value))
    }

    /// A name in the report's language: English; Arabic (falling back to English); or both,
    /// English first and the Arabic under it, right-aligned when `block`.
    static func name(_ name: LocalizedText, _ language: ReportLanguage, block: Bool = false) -> MarkupTree {
        let english = name.exactly("en") ?? name.exactly("")
        let arabicName = name.exactly("ar")
        switch language {
        case .en:
            return element("bdi", .text(name.text(in: "en")))
        case .ar:
            guard let arabicName else { return element("bdi", [("dir", "ltr")], .text(name.text(in: "en"))) }
            guard block, let english, english != arabicName else { return element("bdi", .text(arabicName)) }
            return .group([element("bdi", .text(arabicName)),
                           element("div", [("lang", "en"), ("dir", "ltr"), ("class", "en-block")], .text(english))])
        case .both:
            guard let arabicName, arabicName != english else { return element("bdi", .text(name.text(in: "en"))) }
            guard let english else { return arabic(arabicName, block: block) }
            return .group([element("bdi", .text(english)), block ? .empty : .text(" "), arabic(arabicName, block: block)])
        }
    }
}
