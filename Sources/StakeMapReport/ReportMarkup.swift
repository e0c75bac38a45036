import Plot
import StakeMap

/// A node of the page body.
typealias BodyNode = Node<HTML.BodyContext>

/// The few building blocks every section uses, on top of Plot.
///
/// Plot escapes text nodes but writes attribute values as given, so no attribute here ever
/// carries data from the network: attribute values are the page's own constants and numbers,
/// checked by `attribute(_:_:)`, which drops any value with a character that could end the
/// attribute. Names, notes and sources are always text nodes (escaped by Plot) or JSON in the
/// data block (escaped by `ReportData`).
enum Markup {
    /// An element with children and attributes.
    static func element(_ name: String, _ nodes: [BodyNode]) -> BodyNode {
        .element(named: name, nodes: nodes)
    }

    /// An element with children and attributes (variadic form).
    static func element(_ name: String, _ nodes: BodyNode...) -> BodyNode {
        .element(named: name, nodes: nodes)
    }

    /// An attribute whose value is a safe token (letters, digits, ` -_.:/#%?=&+,;()@~!$*[]`);
    /// any other value is dropped rather than written.
    static func attribute(_ name: String, _ value: String) -> BodyNode {
        guard isSafe(value) else { return .empty }
        return .attribute(named: name, value: value, ignoreIfValueIsEmpty: false)
    }

    /// Whether `value` can be written between double quotes without escaping.
    static func isSafe(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9": true
            case " ", "-", "_", ".", ":", "/", "#", "%", "?", "=", "&", "+", ",", ";", "(", ")", "@", "~", "!", "$", "*", "[", "]": true
            default: false
            }
        }
    }

    /// An attribute with one of the page's own constant texts (a placeholder, a label), which
    /// may be in Arabic; dropped if it holds a character that would need escaping.
    static func constant(_ name: String, _ value: String) -> BodyNode {
        guard !value.contains(where: { "\"'<>&`".contains($0) }) else { return .empty }
        return .attribute(named: name, value: value, ignoreIfValueIsEmpty: false)
    }

    /// `class="…"`.
    static func `class`(_ value: String) -> BodyNode { attribute("class", value) }

    /// Escaped text.
    static func text(_ value: String) -> BodyNode { .text(value) }

    /// A phrase of the page in the report's language; in `both`, the Arabic half is marked
    /// right to left.
    static func phrase(_ phrase: Phrase, _ language: ReportLanguage) -> BodyNode {
        MarkupTree.phrase(phrase, language).node()
    }

    /// Arabic text, marked `lang="ar" dir="rtl"`; a block is right-aligned.
    static func arabic(_ value: String, block: Bool) -> BodyNode {
        MarkupTree.arabic(value, block: block).node()
    }

    /// English text the analysis wrote (findings, plan steps), marked `lang="en" dir="ltr"` so
    /// that it reads correctly on an Arabic page.
    static func english(_ value: String, _ language: ReportLanguage, element name: String = "span", class classes: String? = nil) -> BodyNode {
        MarkupTree.english(value, language, element: name, class: classes).node()
    }

    /// Text that reads left to right whatever the page's direction: dates, citations, codes.
    static func ltr(_ value: String) -> BodyNode {
        MarkupTree.ltr(value).node()
    }

    /// A name in the report's language: English; Arabic (falling back to English); or both,
    /// English first and the Arabic under it, right-aligned when `block`.
    static func name(_ name: LocalizedText, _ language: ReportLanguage, block: Bool = false) -> BodyNode {
        MarkupTree.name(name, language, block: block).node()
    }

    /// A section with an id, a heading and content.
    static func section(id: String, title: Phrase, _ language: ReportLanguage, _ content: [BodyNode]) -> BodyNode {
        element("section", [attribute("id", id), `class`("panel"), element("h2", phrase(title, language))] + content)
    }
}
