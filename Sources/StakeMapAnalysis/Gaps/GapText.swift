/// Small English phrasing helpers shared by the detectors and the planner.
public enum GapText {
    /// "A", "A and B", "A, B and C".
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }

    /// The verb phrase of a tie kind read from `from` to `to`: "is a member of", "met".
    public static func verb(_ kind: TieKind) -> String {
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

    /// "1 actor", "3 actors".
    public static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }

    /// The age of a date at `asOf` in whole years and months: "6 years 9 months".
    public static func age(of date: PartialDate, at asOf: PartialDate) -> String {
        let days = asOf.lastDayNumber - date.lastDayNumber
        let months = max(0, days * 12 / 365)
        let (years, rest) = (months / 12, months % 12)
        var parts = [String]()
        if years > 0 { parts.append(count(years, "year")) }
        if rest > 0 || years == 0 { parts.append(count(rest, "month")) }
        return parts.joined(separator: " ")
    }
}
