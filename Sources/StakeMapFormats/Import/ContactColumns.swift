import StakeMap

/// What a contacts-sheet column holds, recognised by its name in English, French or Arabic.
public enum ContactColumn: Sendable, Hashable, CustomStringConvertible {
    case id, name, organisation, title, country, email, phone, note, tags, kind, gender, place, aliases
    /// The name in one language (`Name (Arabic)`, `name_ar`, `الاسم بالعربية`).
    case nameIn(String)
    /// A column with no StakeMap field, kept as a custom field under this key.
    case field(String)

    /// The column for a header, or `.field` with the header as its key.
    public init(header: String) {
        let key = ActorResolver.normalized(header).replacingOccurrences(of: "_", with: " ")
            .replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "’", with: "'")
        if let known = Self.names[key] {
            self = known
        } else if let language = Self.language(of: key) {
            self = .nameIn(language)
        } else {
            self = .field(header.trimmingCharacters(in: .whitespaces))
        }
    }

    /// Where the column goes, as the import's mapping shows it.
    public var description: String {
        switch self {
        case .id: "id"
        case .name: "name"
        case .organisation: "organisation (works-for / member-of tie)"
        case .title: "title"
        case .country: "country (ISO code)"
        case .email: "field email (restricted)"
        case .phone: "field phone (restricted)"
        case .note: "note"
        case .tags: "tags"
        case .kind: "kind"
        case .gender: "gender"
        case .place: "place"
        case .aliases: "aliases"
        case let .nameIn(language): "name (\(language))"
        case let .field(key): key.isEmpty ? "left out (no column name)" : "custom field '\(key)'"
        }
    }

    private static func language(of key: String) -> String? {
        let patterns: [(String, String)] = [
            ("name ar", "ar"), ("name en", "en"), ("name fr", "fr"), ("name (arabic)", "ar"), ("name (english)", "en"),
            ("name (french)", "fr"), ("arabic name", "ar"), ("english name", "en"), ("french name", "fr"),
            ("nom arabe", "ar"), ("nom en arabe", "ar"), ("nom (arabe)", "ar"), ("nom anglais", "en"), ("nom (anglais)", "en"),
            ("الاسم بالعربية", "ar"), ("الاسم بالعربي", "ar"), ("الاسم بالانجليزية", "en"), ("الاسم بالإنجليزية", "en"),
            ("الاسم بالفرنسية", "fr"), ("label ar", "ar"), ("label en", "en"), ("label fr", "fr"),
        ]
        for (pattern, language) in patterns where ActorResolver.normalized(pattern) == key { return language }
        return nil
    }

    private static let names: [String: ContactColumn] = {
        let table: [(ContactColumn, [String])] = [
            (.id, ["id", "identifier", "identifiant", "المعرف"]),
            (.name, ["name", "full name", "label", "contact", "nom", "nom complet", "nom et prénom", "prénom et nom",
                     "الاسم", "الإسم", "اسم", "الاسم الكامل", "الاسم الثلاثي"]),
            (.organisation, ["organisation", "organization", "org", "organisme", "structure", "employer", "company",
                             "institution", "affiliation", "entity", "entité", "الجهة", "المنظمة", "المؤسسة", "جهة العمل", "الهيئة"]),
            (.title, ["role", "title", "position", "job title", "post", "poste", "fonction", "titre", "rôle",
                      "المنصب", "الوظيفة", "الصفة", "المسمى الوظيفي"]),
            (.country, ["country", "pays", "nationality", "nationalité", "البلد", "الدولة", "الجنسية"]),
            (.email, ["email", "e mail", "mail", "email address", "courriel", "adresse e mail", "adresse électronique",
                      "البريد الإلكتروني", "البريد الالكتروني", "البريد", "الإيميل"]),
            (.phone, ["phone", "telephone", "tel", "mobile", "phone number", "téléphone", "tél", "portable",
                      "الهاتف", "رقم الهاتف", "الجوال", "الموبايل"]),
            (.note, ["notes", "note", "remarks", "comments", "description", "commentaires", "remarques", "ملاحظات", "ملاحظة"]),
            (.tags, ["tags", "tag", "étiquettes", "mots clés", "الوسوم"]),
            (.kind, ["type", "kind", "category", "catégorie", "element type", "النوع", "الفئة"]),
            (.gender, ["gender", "sex", "sexe", "genre", "الجنس", "النوع الاجتماعي"]),
            (.place, ["city", "place", "location", "town", "ville", "lieu", "المدينة", "المكان"]),
            (.aliases, ["aliases", "alias", "also known as", "autres noms", "أسماء أخرى"]),
        ]
        var index = [String: ContactColumn]()
        for (column, words) in table {
            for word in words { index[ActorResolver.normalized(word).replacingOccurrences(of: "-", with: " ")] = column }
        }
        return index
    }()
}
