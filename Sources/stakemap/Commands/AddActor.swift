import ArgumentParser
import StakeMap
import StakeMapFormats

/// `stakemap add actor FILE --kind K --name TEXT …`.
struct AddActorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor",
        abstract: "Record an actor; its id is derived from the name unless --id is given (Arabic is transliterated).")

    @OptionGroup var entry: AddEntryOptions
    @Option(help: "The kind: person, organization, coalition, un-body, government, …") var kind: ActorKind
    @Option(help: "The name (in English or the original language).") var name: String
    @Option(help: "The name in Arabic.") var nameAr: String?
    @Option(help: "The name in French.") var nameFr: String?
    @Option(help: "The id (a slug: a-z, 0-9, '.', '_', '-').") var id: String?
    @Option(help: "A person's post.") var title: String?
    @Option(help: "The country: an ISO code (LY) or a name in English, French or Arabic.") var country: String?
    @Option(help: "A city or place.") var place: String?
    @Option(help: "A tag (repeatable).") var tag: [String] = []
    @Option(help: "Another name (repeatable).") var alias: [String] = []
    @Option(help: "A person's gender: woman, man or other.") var gender: String?
    @Option(help: "Influence 1–5.") var influence: Int?
    @Option(help: "Stance −2 (opponent) … +2 (champion).") var stance: Int?
    @OptionGroup var fields: AddFieldOptions

    func validate() throws {
        try checkRange(influence, 1...5, option: "influence")
        try checkRange(stance, -2...2, option: "stance")
        if gender != nil && kind != .person { throw ValidationError("--gender applies to persons only") }
    }

    func run() throws {
        var names = [String: String]()
        if let nameAr { names["ar"] = nameAr }
        if let nameFr { names["fr"] = nameFr }
        // An Arabic-script --name is the Arabic name; another is plain, or English beside other languages.
        let arabic = ArabicTransliteration.latin(name) != name
        let localized: LocalizedText
        if names.isEmpty && !arabic {
            localized = LocalizedText(name)
        } else {
            let language = arabic ? "ar" : "en"
            if names[language] == nil { names[language] = name }
            localized = LocalizedText(names)
        }
        var actor = Actor(id: id ?? "", kind: kind, name: localized, aliases: alias, place: place,
                          title: title.map { LocalizedText($0) }, tags: tag, influence: influence, stance: stance,
                          sensitivity: try entry.evidence.level(), note: entry.evidence.note, sources: entry.evidence.citations,
                          fields: try fields.fields())
        if let country {
            guard let code = CountryNames.code(for: country) else {
                throw ValidationError("--country '\(country)' is not a country code or a known country name; write its ISO code (e.g. LY)")
            }
            actor.country = code
        }
        if let gender {
            guard let value = Gender(rawValue: gender) else { throw ValidationError("--gender '\(gender)' is not woman, man or other") }
            actor.gender = value
        }
        try entry.record { records in try records.actor(actor) }
    }
}

/// Custom fields from `KEY=VALUE` options (the value typed as the native reader types a plain value).
func parseFields(_ options: [String]) throws -> [String: FieldValue] {
    var fields = [String: FieldValue]()
    for option in options {
        guard let equals = option.firstIndex(of: "="), equals != option.startIndex else {
            throw ValidationError("--field '\(option)' is not KEY=VALUE")
        }
        fields[String(option[..<equals])] = FieldValue(inferring: String(option[option.index(after: equals)...]))
    }
    return fields
}
