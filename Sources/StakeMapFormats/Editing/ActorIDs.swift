import Foundation
import StakeMap

/// Derives actor ids (slugs) from names: Latin letters folded to ASCII, Arabic transliterated
/// (`ArabicTransliteration`), other characters as hyphens, made unique with `-2`, `-3` ….
public enum ActorIDs {
    /// The slug of `name`: `Hanan Salah` → `hanan-salah`, `فاطمة علي` → `fatma-aly`.
    public static func slug(_ name: String, maximumLength: Int = 48) -> String {
        let latin = ArabicTransliteration.latin(name)
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        var result = ""
        for scalar in latin.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) {
                result.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        if result.count > maximumLength {
            result = String(result.prefix(maximumLength))
            if let cut = result.lastIndex(of: "-"), result.distance(from: result.startIndex, to: cut) > maximumLength / 2 {
                result = String(result[..<cut])
            }
            while result.hasSuffix("-") { result.removeLast() }
        }
        return result
    }

    /// A new id for an actor named `name` that is not in `taken` (`fallback` when the name gives no letters).
    public static func unique(for name: String, fallback: String = "actor", taken: Set<String>) -> String {
        let base = slug(name).isEmpty ? fallback : slug(name)
        if !taken.contains(base) { return base }
        var counter = 2
        while taken.contains("\(base)-\(counter)") { counter += 1 }
        return "\(base)-\(counter)"
    }
}
