/// A CLDR plural category: which form of a counted noun a number takes.
///
/// Arabic uses all six (0 `zero`, 1 `one`, 2 `two`, 3–10 `few`, 11–99 `many`, and `other` for
/// 100, 101, 102, …; by the number's last two digits); English uses `one` and `other`.
/// See https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html
public enum PluralCategory: String, Sendable, CaseIterable, Hashable {
    /// Zero (Arabic: "لا اجتماعات").
    case zero
    /// One ("اجتماع واحد").
    case one
    /// Two, the Arabic dual ("اجتماعان").
    case two
    /// A few: n % 100 in 3...10 ("٣ اجتماعات").
    case few
    /// Many: n % 100 in 11...99 ("١١ اجتماعًا").
    case many
    /// Everything else ("١٠٠ اجتماع").
    case other

    /// The Arabic category of the integer `n` (CLDR rules for `ar`).
    public static func arabic(_ n: Int) -> PluralCategory {
        let n = abs(n), lastTwo = n % 100
        switch n {
        case 0: return .zero
        case 1: return .one
        case 2: return .two
        default:
            if (3...10).contains(lastTwo) { return .few }
            if (11...99).contains(lastTwo) { return .many }
            return .other
        }
    }

    /// The English category of the integer `n` (CLDR rules for `en`).
    public static func english(_ n: Int) -> PluralCategory { n == 1 ? .one : .other }
}
