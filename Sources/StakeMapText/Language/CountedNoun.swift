/// A noun with a form per plural category, each a template where `{n}` is the number:
/// in Arabic "اجتماع واحد", "اجتماعان", "{n} اجتماعات", "{n} اجتماعًا", "{n} اجتماع".
public struct CountedNoun: Sendable, Hashable {
    /// The forms by category; a missing category falls back to `other`.
    public let forms: [PluralCategory: String]
    /// Whether the noun is grammatically feminine (for agreement of verbs and adjectives).
    public let isFeminine: Bool

    /// Creates a noun from its forms.
    public init(_ forms: [PluralCategory: String], feminine: Bool = false) {
        self.forms = forms
        self.isFeminine = feminine
    }

    /// An English noun: "1 meeting", "2 meetings".
    public static func english(_ singular: String, _ plural: String) -> CountedNoun {
        CountedNoun([.one: "{n} \(singular)", .other: "{n} \(plural)"])
    }

    /// The form for `category`, `{n}` not yet filled.
    public func template(for category: PluralCategory) -> String {
        forms[category] ?? forms[.other] ?? "{n}"
    }
}
