import StakeMap

/// A language StakeMap writes its words in. Adding a language is adding a catalog for it.
public enum TextLanguage: String, Sendable, CaseIterable, Hashable, Codable {
    /// English.
    case en
    /// Arabic (right to left; CLDR plural categories).
    case ar
}
