import StakeMap

/// Country names in English, French and Arabic → ISO 3166-1 alpha-2 codes (`Libya`, `Libye`,
/// `ليبيا` → `LY`), for the command line and spreadsheets. Covers the Arab states, the states
/// active in the region's diplomacy, and the common spellings of each.
public enum CountryNames {
    /// The ISO code for `text`: a two-letter code as it is, or a known name in any of the languages.
    public static func code(for text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count == 2, trimmed.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) {
            return trimmed.uppercased()
        }
        return byName[key(trimmed)]
    }

    private static func key(_ name: String) -> String {
        ActorResolver.normalized(name).replacingOccurrences(of: "’", with: "'")
            .replacingOccurrences(of: "ال", with: "", options: .anchored)
    }

    private static let byName: [String: String] = {
        var index = [String: String]()
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: "|").map(String.init)
            guard parts.count > 1 else { continue }
            for names in parts.dropFirst() {
                for name in names.split(separator: "/") { index[key(String(name))] = parts[0] }
            }
        }
        return index
    }()

    // CODE|English names|French names|Arabic names; alternatives separated by `/`.
    private static let table = """
    LY|Libya/State of Libya|Libye|ليبيا/دولة ليبيا
    YE|Yemen/Republic of Yemen|Yémen|اليمن/الجمهورية اليمنية
    EG|Egypt|Égypte/Egypte|مصر
    TN|Tunisia|Tunisie|تونس
    DZ|Algeria|Algérie/Algerie|الجزائر
    MA|Morocco|Maroc|المغرب
    MR|Mauritania|Mauritanie|موريتانيا
    SD|Sudan|Soudan|السودان
    SS|South Sudan|Soudan du Sud|جنوب السودان
    SY|Syria|Syrie|سوريا/سورية
    LB|Lebanon|Liban|لبنان
    JO|Jordan|Jordanie|الأردن/الاردن
    PS|Palestine|Palestine|فلسطين
    IQ|Iraq|Irak|العراق
    SA|Saudi Arabia|Arabie saoudite|السعودية/المملكة العربية السعودية
    AE|United Arab Emirates/UAE|Émirats arabes unis|الإمارات/الامارات
    QA|Qatar|Qatar|قطر
    KW|Kuwait|Koweït/Koweit|الكويت
    BH|Bahrain|Bahreïn/Bahrein|البحرين
    OM|Oman|Oman|عمان/سلطنة عمان
    SO|Somalia|Somalie|الصومال
    DJ|Djibouti|Djibouti|جيبوتي
    KM|Comoros|Comores|جزر القمر
    TR|Turkey/Türkiye|Turquie|تركيا
    IR|Iran|Iran|إيران/ايران
    IL|Israel|Israël|إسرائيل
    TD|Chad|Tchad|تشاد
    NE|Niger|Niger|النيجر
    ML|Mali|Mali|مالي
    NG|Nigeria|Nigéria|نيجيريا
    ET|Ethiopia|Éthiopie|إثيوبيا
    FR|France|France|فرنسا
    GB|United Kingdom/UK/Britain/Great Britain|Royaume-Uni|المملكة المتحدة/بريطانيا
    US|United States/USA/United States of America|États-Unis/Etats-Unis|الولايات المتحدة/أمريكا
    DE|Germany|Allemagne|ألمانيا
    IT|Italy|Italie|إيطاليا
    ES|Spain|Espagne|إسبانيا
    NL|Netherlands/The Netherlands/Holland|Pays-Bas|هولندا
    BE|Belgium|Belgique|بلجيكا
    CH|Switzerland|Suisse|سويسرا
    SE|Sweden|Suède|السويد
    NO|Norway|Norvège|النرويج
    DK|Denmark|Danemark|الدنمارك
    FI|Finland|Finlande|فنلندا
    IE|Ireland|Irlande|أيرلندا
    AT|Austria|Autriche|النمسا
    PT|Portugal|Portugal|البرتغال
    GR|Greece|Grèce|اليونان
    MT|Malta|Malte|مالطا
    CY|Cyprus|Chypre|قبرص
    PL|Poland|Pologne|بولندا
    CA|Canada|Canada|كندا
    RU|Russia/Russian Federation|Russie|روسيا
    CN|China|Chine|الصين
    JP|Japan|Japon|اليابان
    IN|India|Inde|الهند
    PK|Pakistan|Pakistan|باكستان
    AF|Afghanistan|Afghanistan|أفغانستان
    BR|Brazil|Brésil|البرازيل
    ZA|South Africa|Afrique du Sud|جنوب أفريقيا
    KE|Kenya|Kenya|كينيا
    AU|Australia|Australie|أستراليا
    """
}
