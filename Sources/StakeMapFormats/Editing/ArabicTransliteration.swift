/// A small deterministic Arabic → Latin transliteration, for deriving ids and comparing names
/// (`فاطمة` → `fatma`). Not a scholarly romanisation: each letter has one fixed spelling, short
/// vowel marks and tatweel are dropped, Arabic-Indic digits become ASCII digits.
public enum ArabicTransliteration {
    /// `text` with every Arabic letter replaced by its Latin spelling; other characters are kept.
    public static func latin(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if let spelling = letters[scalar.value] {
                result += spelling
            } else if (0x0660...0x0669).contains(scalar.value) || (0x06F0...0x06F9).contains(scalar.value) {
                result += String(scalar.value % 16)
            } else if (0x064B...0x065F).contains(scalar.value) || scalar.value == 0x0670 || scalar.value == 0x0640 {
                continue
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let letters: [UInt32: String] = [
        0x0621: "", 0x0622: "a", 0x0623: "a", 0x0624: "u", 0x0625: "i", 0x0626: "i", 0x0627: "a",
        0x0628: "b", 0x0629: "a", 0x062A: "t", 0x062B: "th", 0x062C: "j", 0x062D: "h", 0x062E: "kh",
        0x062F: "d", 0x0630: "dh", 0x0631: "r", 0x0632: "z", 0x0633: "s", 0x0634: "sh", 0x0635: "s",
        0x0636: "d", 0x0637: "t", 0x0638: "z", 0x0639: "a", 0x063A: "gh", 0x0641: "f", 0x0642: "q",
        0x0643: "k", 0x0644: "l", 0x0645: "m", 0x0646: "n", 0x0647: "h", 0x0648: "w", 0x0649: "a",
        0x064A: "y", 0x067E: "p", 0x0686: "ch", 0x06A4: "v", 0x06AF: "g", 0x06A9: "k", 0x06CC: "y",
        0x060C: ",", 0x061B: ";", 0x061F: "?",
    ]
}
