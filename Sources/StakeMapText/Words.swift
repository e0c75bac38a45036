import StakeMap

/// A value put into a sentence. Each kind knows whether it needs isolation inside a sentence of
/// the other direction: ids, dates, citations and numbers with letters always do in Arabic; names
/// do when their script differs from the sentence's.
public enum TextValue: Sendable, Hashable {
    /// A name as written, in any script.
    case name(String)
    /// An id or other code (`lwa`, `kind:person`).
    case id(String)
    /// A citation (`seed-000#p5`).
    case citation(String)
    /// A date or date range, worded in the language (month names).
    case date(DateSpan)
    /// A plain number (digits in the chosen style).
    case number(Int)
    /// A decimal number as already formatted ("0.125").
    case decimal(String)
    /// A count of a noun ("٣ لقاءات").
    case count(Int, Noun)
    /// Words already in the sentence's language (not isolated, escaped for HTML).
    case text(String)
    /// Words already rendered by `Words` for the same medium (neither escaped nor isolated again).
    case worded(String)
    /// A list of values joined by the language's "and".
    case list([TextValue])
}

/// Renders messages of a catalog into words for one language, digit style and medium.
///
/// ```swift
/// let words = Words(.ar)
/// words(.meetingsOf, ["count": .count(3, .meeting), "name": .name("Together We Build It")])
/// // "٣ لقاءات لـ ⁨Together We Build It⁩:" with Arabic-Indic digits, "3 لقاءات …" by default
/// ```
public struct Words: Sendable {
    /// The language.
    public let language: TextLanguage
    /// The digits numbers are written with.
    public let digits: DigitStyle
    /// Where the words go (decides isolation and escaping).
    public let medium: TextMedium
    /// The language's catalog.
    public let catalog: any MessageCatalog

    /// Words in `language`, Western digits unless told, for plain text unless told.
    public init(_ language: TextLanguage, digits: DigitStyle = .western, medium: TextMedium = .plain) {
        self.language = language
        self.digits = digits
        self.medium = medium
        self.catalog = language.catalog
    }

    /// `message` with its placeholders filled by `arguments`.
    public func callAsFunction(_ message: Message, _ arguments: [String: TextValue] = [:]) -> String {
        fill(catalog.template(message), arguments)
    }

    /// `message` in the form that agrees with the count `agreeing` names (verb or adjective agreement).
    public func callAsFunction(_ message: Message, agreeing: String, _ arguments: [String: TextValue]) -> String {
        guard case let .count(n, noun)? = arguments[agreeing] else { return self(message, arguments) }
        let template = catalog.template(message, agreeingWith: catalog.pluralCategory(n), feminine: catalog.noun(noun).isFeminine)
        return fill(template, arguments)
    }

    /// The value in words, isolated if its direction differs from the language's.
    public func value(_ value: TextValue) -> String {
        switch value {
        case let .name(name):
            let foreign = language.isRightToLeft ? !Bidi.isRightToLeftOnly(name) : Bidi.hasRightToLeftLetter(name)
            return foreign ? Bidi.isolate(escaped(name), for: medium) : escaped(name)
        case let .id(code), let .citation(code):
            return language.isRightToLeft || Bidi.hasRightToLeftLetter(code) ? Bidi.isolate(escaped(code), for: medium) : escaped(code)
        case let .date(span):
            let text = digits.apply(escaped(span.isSingle ? catalog.date(span.start) : catalog.span(span)))
            return language.isRightToLeft ? Bidi.isolate(text, for: medium) : text
        case let .number(n): return number(String(n))
        case let .decimal(text): return number(text)
        case let .count(n, noun): return count(n, noun)
        case let .text(text): return escaped(text)
        case let .worded(text): return text
        case let .list(items): return catalog.join(items.map(self.value))
        }
    }

    /// A number as formatted in English ("-2", "+3", "0.125", "-0.0417") in this language's
    /// digits and decimal separator. In a right-to-left language a leading sign gets the mark
    /// Unicode's CLDR puts before it (U+200E LEFT-TO-RIGHT MARK with Western digits, U+061C
    /// ARABIC LETTER MARK with Arabic-Indic ones), so that a terminal or page that lays out
    /// bidirectional text keeps the sign where CLDR has it: "-2" before the digits with Western
    /// digits, where a bare "-2" after Arabic words shows as "2-".
    public func number(_ formatted: String) -> String {
        var text = digits.apply(formatted)
        if language.isRightToLeft && digits == .arabicIndic { text = text.replacingOccurrences(of: ".", with: "٫") }
        guard language.isRightToLeft, let sign = text.unicodeScalars.first, sign == "-" || sign == "+" else { return text }
        return (digits == .arabicIndic ? "\u{061C}" : "\u{200E}") + text
    }

    /// `n` of `noun` in the right plural form ("اجتماعان", "٣ اجتماعات", "١١ اجتماعًا").
    public func count(_ n: Int, _ noun: Noun) -> String {
        catalog.noun(noun).template(for: catalog.pluralCategory(n)).replacingOccurrences(of: "{n}", with: digits.format(n))
    }

    /// A date (or range) in words, isolated in a right-to-left language.
    public func date(_ span: DateSpan) -> String { value(.date(span)) }

    /// A date (or range) in words without isolation, for a table cell of its own.
    public func dateText(_ span: DateSpan) -> String {
        digits.apply(escaped(span.isSingle ? catalog.date(span.start) : catalog.span(span)))
    }

    /// Items joined by the language's "and".
    public func list(_ items: [TextValue]) -> String { value(.list(items)) }

    /// An actor kind's name.
    public func name(of kind: ActorKind) -> String { escaped(catalog.name(of: kind)) }
    /// A tie kind's name.
    public func name(of kind: TieKind) -> String { escaped(catalog.name(of: kind)) }
    /// An event kind's name.
    public func name(of kind: EventKind) -> String { escaped(catalog.name(of: kind)) }
    /// An audience's name.
    public func name(of audience: Audience) -> String { escaped(catalog.name(of: audience)) }
    /// A sensitivity's name.
    public func name(of sensitivity: Sensitivity) -> String { escaped(catalog.name(of: sensitivity)) }

    /// An actor's name in this language: the translation, else the name that exists.
    public func name(of text: LocalizedText) -> String {
        text.exactly(language.rawValue) ?? text.text(in: "en")
    }

    func fill(_ template: String, _ arguments: [String: TextValue]) -> String {
        var result = ""
        var rest = Substring(escaped(template))
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let key = String(rest[rest.index(after: open)..<close])
            result += arguments[key].map(value) ?? "{\(key)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private func escaped(_ text: String) -> String {
        medium == .html ? MarkupEscaping.escaped(text) : text
    }
}
