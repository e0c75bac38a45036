import Foundation

/// Folds names the way people type them, so that a name matches however it was keyed in.
///
/// Latin: case, accents and width are folded (`Tümmers` = `tummers`). Arabic: the hamza forms of
/// alef (أ إ آ ٱ) become ا, ؤ becomes و and ئ becomes ي; ى becomes ي and ة becomes ه (as people
/// type them at the end of a word); tashkeel (harakat, shadda, sukun, superscript alef) and tatweel
/// are dropped; presentation forms, Persian yeh and kaf and Arabic-Indic digits are unified.
/// `articleFree` also drops the definite article "ال" at the start of each word (and after و ب ف ك,
/// and "لل" → "ل"), for matches that ignore it.
///
/// ```swift
/// NameNormalizer.key("تحالف المرأة الليبية") == NameNormalizer.key("تحالف المراه الليبيه")
/// NameNormalizer.articleFree("التحالف النسائي") == NameNormalizer.articleFree("تحالف نسائي")
/// ```
public enum NameNormalizer {
    /// The folded form used to compare names: letters unified, marks dropped, spaces collapsed.
    /// - Complexity: O(n) in the length of `text`.
    public static func key(_ text: String) -> String {
        let compatible = text.precomposedStringWithCompatibilityMapping
        var scalars = String.UnicodeScalarView()
        for scalar in compatible.unicodeScalars {
            if let folded = arabic(scalar) {
                if let folded = folded { scalars.append(folded) }
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `key(text)` without the definite article at the start of each word, e.g. "تحالف مراه ليبيه".
    public static func articleFree(_ text: String) -> String {
        key(text).split(separator: " ").map { withoutArticle(String($0)) }.joined(separator: " ")
    }

    /// `articleFree(text)` with no spaces at all ("و الحرية" = "والحرية").
    public static func compact(_ text: String) -> String {
        articleFree(text).filter { !$0.isWhitespace }
    }

    /// Whether `text` contains Arabic letters (to answer in the script of the question).
    public static func isArabic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) || (0x0750...0x077F).contains($0.value)
            || (0xFB50...0xFDFF).contains($0.value) || (0xFE70...0xFEFF).contains($0.value) }
    }

    /// The Arabic replacement of `scalar`: nil when it is not special, `.some(nil)` when dropped.
    private static func arabic(_ scalar: Unicode.Scalar) -> Unicode.Scalar?? {
        switch scalar.value {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return .some(Unicode.Scalar(UInt32(0x0627))) // آ أ إ ٱ → ا
        case 0x0624: return .some(Unicode.Scalar(UInt32(0x0648)))                                       // ؤ → و
        case 0x0626, 0x0649, 0x06CC, 0x06D2: return .some(Unicode.Scalar(UInt32(0x064A)))               // ئ ى ی ے → ي
        case 0x0629: return .some(Unicode.Scalar(UInt32(0x0647)))                                       // ة → ه
        case 0x06A9: return .some(Unicode.Scalar(UInt32(0x0643)))                                       // ک → ك
        case 0x0640, 0x064B...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06ED: return .some(nil) // tatweel, tashkeel
        case 0x200C...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return .some(nil) // joiners, bidi controls
        case 0x0660...0x0669: return .some(Unicode.Scalar(scalar.value - 0x0660 + 0x30))  // ٠-٩
        case 0x06F0...0x06F9: return .some(Unicode.Scalar(scalar.value - 0x06F0 + 0x30))  // ۰-۹
        default: return nil
        }
    }

    /// One word without its article: "الليبيه" → "ليبيه", "والحريه" → "وحريه", "للمراه" → "لمراه".
    private static func withoutArticle(_ word: String) -> String {
        let letters = Array(word)
        if letters.count >= 4, letters[0] == "ا", letters[1] == "ل" { return String(letters.dropFirst(2)) }
        if letters.count >= 5, "وبفك".contains(letters[0]), letters[1] == "ا", letters[2] == "ل" {
            return String(letters[0]) + String(letters.dropFirst(3))
        }
        if letters.count >= 4, letters[0] == "ل", letters[1] == "ل" { return String(letters.dropFirst(1)) }
        return word
    }
}
