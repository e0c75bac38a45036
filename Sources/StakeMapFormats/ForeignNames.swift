// Shared by the GraphML, GEXF, Kumu and CSV readers: a label together with names per language.

/// How a foreign node's `label`/`name` and its `name_ar`, `name_fr` … become one `LocalizedText`
/// without any of them silently replacing another.
enum ForeignNames {
    /// The name from a single `label` and names per language.
    ///
    /// With no per-language names the label is the (plain) name. Otherwise the label joins the
    /// languages: under `ar` when it is Arabic script and there is no `ar` name yet, under `en` when
    /// it is another script and there is no `en` name yet; a label that is already one of the names
    /// adds nothing, and one that fits nowhere becomes an alias.
    static func name(label: String?, perLanguage: [String: String], fallback: String, aliases: inout [String]) -> LocalizedText {
        guard !perLanguage.isEmpty else { return LocalizedText(label ?? fallback) }
        var translations = perLanguage
        if let label, !perLanguage.values.contains(label) {
            let language = isArabic(label) ? "ar" : "en"
            if translations[language] == nil {
                translations[language] = label
            } else if !aliases.contains(label) {
                aliases.append(label)
            }
        }
        return LocalizedText(translations)
    }

    /// Whether most letters of `text` are Arabic script.
    static func isArabic(_ text: String) -> Bool {
        var arabic = 0, other = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if (0x0600...0x06FF).contains(scalar.value) || (0x0750...0x077F).contains(scalar.value)
                || (0xFB50...0xFDFF).contains(scalar.value) || (0xFE70...0xFEFF).contains(scalar.value) {
                arabic += 1
            } else {
                other += 1
            }
        }
        return arabic > other
    }
}
