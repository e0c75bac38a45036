import StakeMap

/// A language StakeMap writes its words in. Adding a language is adding a catalog for it
/// (a type conforming to `MessageCatalog`) and a case here.
public enum TextLanguage: String, Sendable, CaseIterable, Hashable, Codable {
    /// English.
    case en
    /// Arabic (right to left; CLDR plural categories).
    case ar

    /// The language's message catalog.
    public var catalog: any MessageCatalog {
        switch self {
        case .en: EnglishCatalog()
        case .ar: ArabicCatalog()
        }
    }

    /// Whether the language is written right to left.
    public var isRightToLeft: Bool { self == .ar }
}
