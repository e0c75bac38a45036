import Plot
import StakeMap
import StakeMapText

/// Sentences of the findings and the plan in the report's language: English, Arabic (right to
/// left, Latin names, ids, dates and citations in `<bdi>`), or both, the Arabic under the English.
struct ReportProse {
    /// The report's language.
    let language: ReportLanguage
    /// The gap words in English and Arabic.
    let gaps: (en: GapWords, ar: GapWords)
    /// The plan words in English and Arabic.
    let plan: (en: PlanWords, ar: PlanWords)

    /// The words of `graph` in both languages.
    init(_ language: ReportLanguage, graph: Graph) {
        self.language = language
        gaps = (GapWords(.en, graph: graph), GapWords(.ar, graph: graph))
        plan = (PlanWords(.en, graph: graph), PlanWords(.ar, graph: graph))
    }

    /// Arabic plain text (with isolates) as HTML: escaped, the isolates as `<bdi>`.
    static func arabicHTML(_ text: String) -> BodyNode { .raw(Bidi.isolatesAsMarkup(MarkupEscaping.escaped(text))) }

    /// A sentence worded by `word` in each language the page needs: English as text (marked left
    /// to right on an Arabic page), Arabic marked right to left, in `both` an Arabic block under
    /// the English.
    func node<Words>(_ words: (en: Words, ar: Words), element name: String = "div", class classes: String? = nil,
                     _ word: (Words) -> String) -> BodyNode {
        let style = classes.map { Markup.class($0) } ?? .empty
        switch language {
        case .en:
            return Markup.element(name, style, .text(word(words.en)))
        case .ar:
            return Markup.element(name, style, Self.arabicHTML(word(words.ar)))
        case .both:
            return Markup.element(name, style, Markup.element("div", .text(word(words.en))),
                                  Markup.element("div", Markup.attribute("lang", "ar"), Markup.attribute("dir", "rtl"), Markup.class("ar-block"),
                                                 Self.arabicHTML(word(words.ar))))
        }
    }

    /// The arrow between the steps of a route on this page.
    var arrow: String { language == .ar ? " ← " : " → " }
}
