// Shared by the GraphML and CSV readers: how foreign values become model values.

/// Conversions of foreign attribute values (free text from Gephi, networkx, yEd or a spreadsheet).
enum ForeignValue {
    /// The actor kind for `text`, accepting the model's names and common synonyms; nil when unknown.
    static func actorKind(_ text: String) -> ActorKind? {
        let key = text.foreignKey
        if let kind = ActorKind(rawValue: key) { return kind }
        return actorKindSynonyms[key]
    }

    /// The tie kind for `text`, accepting the model's names and common synonyms; nil when unknown.
    static func tieKind(_ text: String) -> TieKind? {
        let key = text.foreignKey
        if let kind = TieKind(rawValue: key) { return kind }
        return tieKindSynonyms[key]
    }

    /// `true`/`false` for a direction value (`Directed`, `undirected`, `true`, `0`…); nil otherwise.
    static func direction(_ text: String) -> Bool? {
        switch text.foreignKey {
        case "directed", "true", "yes", "1": true
        case "undirected", "false", "no", "0", "mutual": false
        default: nil
        }
    }

    /// Whether `text` names a direction rather than a relation (Gephi's `Type` column).
    static func isDirectionWord(_ text: String) -> Bool {
        switch text.foreignKey {
        case "directed", "undirected", "mixed", "mutual": true
        default: false
        }
    }

    /// A finite number, or nil (`1.5`, `2`, ` 3e0 `).
    static func number(_ text: String) -> Double? {
        guard let value = Double(text.foreignTrimmed), value.isFinite else { return nil }
        return value
    }

    /// The 1–5 strength a foreign weight maps to: rounded half away from zero, clamped to 1…5.
    static func strength(forWeight weight: Double) -> Int {
        Int(min(5, max(1, weight.rounded(.toNearestOrAwayFromZero))))
    }

    /// An ISO 3166-1 alpha-2 code (uppercased), or the code of a country name in English, French
    /// or Arabic (`Libya`, `Libye`, `ليبيا`: `CountryNames`); nil otherwise.
    static func country(_ text: String) -> String? {
        let trimmed = text.foreignTrimmed
        guard trimmed.utf8.count == 2, trimmed.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic })
        else { return CountryNames.code(for: String(trimmed)) }
        return trimmed.uppercased()
    }

    /// Tags split on `|` or `;` (or a JSON array), trimmed, empty ones dropped, each once.
    static func tags(_ text: String) -> [String] {
        var seen = Set<String>()
        return FormatListText.split(text).filter { seen.insert($0).inserted }
    }

    /// The gender for `text`: the model's words and common synonyms (`female`, `F`, `male`, `M`); nil otherwise.
    static func gender(_ text: String) -> Gender? {
        switch text.foreignKey {
        case "woman", "female", "f", "w", "women": .woman
        case "man", "male", "m", "men": .man
        case "other", "non-binary", "nonbinary": .other
        default: nil
        }
    }

    /// A whole number in `range`, or nil (`3`, ` 3 `, `3.0`).
    static func integer(_ text: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = number(text), value == value.rounded(), let whole = Int(exactly: value), range.contains(whole)
        else { return nil }
        return whole
    }

    /// The sensitivity named by `text`, or nil after reporting an error at `location`.
    static func sensitivity(_ text: String, report: inout ForeignReport, at location: SourceLocation) -> Sensitivity? {
        if let sensitivity = Sensitivity(rawValue: text.foreignKey) { return sensitivity }
        report.error("sensitivity '\(text)' is not one of \(Sensitivity.allCases.map(\.rawValue).joined(separator: ", "))", at: location)
        return nil
    }

    /// Text trimmed of surrounding white space; nil when nothing is left.
    static func text(_ text: String) -> String? {
        let trimmed = text.foreignTrimmed
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    private static let actorKindSynonyms: [String: ActorKind] = [
        "individual": .person, "people": .person, "human": .person,
        "organisation": .organization, "org": .organization, "ngo": .organization, "cso": .organization,
        "alliance": .coalition, "network": .coalition,
        "un": .unBody, "un-agency": .unBody, "un-entity": .unBody, "united-nations": .unBody,
        "ministry": .government, "gov": .government, "governmental": .government,
        "embassy": .diplomaticMission, "mission": .diplomaticMission, "diplomatic": .diplomaticMission,
        "country": .state, "igo": .intergovernmental, "press": .media, "newspaper": .media,
        "office": .post, "position": .post,
    ]

    private static let tieKindSynonyms: [String: TieKind] = [
        "member": .memberOf, "membership": .memberOf, "part": .partOf,
        "lead": .leads, "led": .leads, "employed-by": .worksFor, "works-at": .worksFor,
        "hold": .holds, "represent": .represents, "found": .founded,
        "support": .supports, "fund": .funds, "funding": .funds, "advocacy": .advocatesTo,
        "threat": .threatens, "meeting": .met, "meets": .met, "met-with": .met,
        "partner": .partnersWith, "partners": .partnersWith, "partnership": .partnersWith,
        "oppose": .opposes, "relation": .related, "relates-to": .related,
    ]
}
