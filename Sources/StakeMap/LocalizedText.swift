/// A text given in one or more languages, e.g. `{en: Together We Build It, ar: معا نبنيها}`.
///
/// A plain string without a language is stored under the empty language code.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// Language code (`en`, `ar`, …, or `""` for a plain string) → text.
    public var translations: [String: String]

    /// Creates a text from a language map.
    public init(_ translations: [String: String]) {
        self.translations = translations
    }

    /// Creates a text without a language.
    public init(_ plain: String) {
        self.translations = ["": plain]
    }

    /// Whether `code` is a language code a native file accepts: a BCP 47-like tag of 2–3 lower-case
    /// letters, then `-` parts of 1–8 letters or digits (`en`, `ar`, `zh-hant`).
    /// - Complexity: O(length of `code`), one pass over its UTF-8 bytes (the native reader's hot path).
    public static func isLanguageCode(_ code: String) -> Bool {
        var partLength = 0
        var isFirstPart = true
        for byte in code.utf8 {
            if byte == UInt8(ascii: "-") {
                guard isFirstPart ? (2...3).contains(partLength) : partLength > 0 else { return false }
                isFirstPart = false
                partLength = 0
                continue
            }
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            guard isFirstPart ? isLower : (isLower || isUpper || isDigit) else { return false }
            partLength += 1
            if !isFirstPart && partLength > 8 { return false }
        }
        return isFirstPart ? (2...3).contains(partLength) : partLength > 0
    }

    /// Whether the text has no translation at all.
    public var isEmpty: Bool { translations.isEmpty }

    /// Whether the text is a plain string without a language.
    public var isPlain: Bool { translations.count == 1 && translations[""] != nil }

    /// The language codes present, English first, then alphabetical.
    public var languages: [String] {
        translations.keys.sorted { lhs, rhs in
            if lhs == "en" || rhs == "en" { return lhs == "en" && rhs != "en" }
            return lhs < rhs
        }
    }

    /// Every translation, in `languages` order.
    public var allValues: [String] { languages.compactMap { translations[$0] } }

    /// The text in `language`, falling back to English, a plain string, then any language.
    public func text(in language: String? = nil) -> String {
        if let language, let value = translations[language] { return value }
        if let value = translations["en"] ?? translations[""] { return value }
        return allValues.first ?? ""
    }

    /// The text in `language` if it exists in that language exactly.
    public func exactly(_ language: String) -> String? { translations[language] }

    /// The union of two texts; translations of `self` win where both have one.
    public func merging(_ other: LocalizedText) -> LocalizedText {
        LocalizedText(translations.merging(other.translations) { mine, _ in mine })
    }
}
