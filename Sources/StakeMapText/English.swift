import StakeMapAnalysis

/// Small English helpers of the English catalogs: list joining, counted nouns, tie verbs, ages.
enum English {
    /// "A", "A and B", "A, B and C".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }

    /// "1 actor", "3 actors".
    static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }

    /// The verb phrase of a tie kind read from `from` to `to`: "is a member of", "met".
    static func verb(_ kind: TieKind) -> String {
        switch kind {
        case .memberOf: "is a member of"
        case .partOf: "is part of"
        case .leads: "leads"
        case .worksFor: "works for"
        case .holds: "holds"
        case .represents: "represents"
        case .founded: "founded"
        case .supports: "supports"
        case .funds: "funds"
        case .advocatesTo: "advocates to"
        case .threatens: "threatens"
        case .met: "met"
        case .partnersWith: "partners with"
        case .opposes: "opposes"
        case .related: "is related to"
        }
    }

    /// The age of a date at `asOf` in whole years and months: "6 years 9 months".
    static func age(of date: PartialDate, at asOf: PartialDate) -> String {
        let days = asOf.lastDayNumber - date.lastDayNumber
        let months = max(0, days * 12 / 365)
        let (years, rest) = (months / 12, months % 12)
        var parts = [String]()
        if years > 0 { parts.append(count(years, "year")) }
        if rest > 0 || years == 0 { parts.append(count(rest, "month")) }
        return parts.joined(separator: " ")
    }

    /// "24 months" as "2 years" when whole.
    static func months(_ months: Int) -> String {
        months % 12 == 0 ? count(months / 12, "year") : count(months, "month")
    }

    /// "A, B and C" of at most `limit` names, then "and N more".
    static func some(_ names: [String], of total: Int) -> String {
        total > names.count ? names.joined(separator: ", ") + " and \(total - names.count) more" : list(names)
    }
}
