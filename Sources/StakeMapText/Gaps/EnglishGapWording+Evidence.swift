import StakeMapAnalysis

extension EnglishGapWording {
    /// "TWBI met Lars Tümmers (2018, Tunis, reported) — note".
    public func tieEvidence(from: String, kind: TieKind, to: String, date: DateSpan?, place: String?, confidence: Confidence?,
                            note: String?) -> String {
        var text = "\(from) \(English.verb(kind)) \(to)"
        var details = [String]()
        if let date { details.append(date.description) }
        if let place { details.append(place) }
        if let confidence, confidence != .confirmed { details.append(confidence.rawValue) }
        if !details.isEmpty { text += " (\(details.joined(separator: ", ")))" }
        if let note, !note.isEmpty { text += " — " + (note.count > 140 ? String(note.prefix(139)) + "…" : note) }
        return text
    }

    /// "A and B both attended the workshop (workshop, 2024-10-30..2024-10-31, Tripoli)".
    public func eventEvidence(event: String, kind: EventKind?, date: DateSpan?, place: String?, pair: (String, String)?) -> String {
        let details = [kind?.rawValue, date?.description, place].compactMap { $0 }
        let text = event + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
        return pair.map { "\($0.0) and \($0.1) both attended \(text)" } ?? text
    }

    /// "Jane Doe: woman, influence 4".
    public func genderEvidence(actor: String, gender: Gender?, influence: Int?) -> String {
        "\(actor): \(gender?.rawValue ?? "gender not recorded")" + (influence.map { ", influence \($0)" } ?? "")
    }

    /// "X has 3 ties on record, none leading to LWA".
    public func tieCountEvidence(actor: String, count: Int, home: String) -> String {
        "\(actor) has \(English.count(count, "tie")) on record, none leading to \(home)"
    }

    /// "X brokers 5 open two-step paths between kinds of actor (…); Gould–Fernandez roles by kind".
    public func rolesEvidence(actor: String, counts: BrokerageCounts) -> String {
        let parts = BrokerageRole.allCases.filter { $0 != .coordinator && counts[$0] > 0 }.map { "\($0.rawValue) \(counts[$0])" }
        return "\(actor) brokers \(counts.betweenGroups) open two-step paths between kinds of actor "
            + "(\(parts.joined(separator: ", "))); Gould–Fernandez roles by kind"
    }

    /// "0 ties or shared events between region groups east 3 actors and south 2 actors".
    public func groupSizesEvidence(attribute: GroupAttribute, groups: [(value: String, count: Int)]) -> String {
        "0 ties or shared events between \(attribute.rawValue) groups \(English.list(groups.map { "\($0.value) \(English.count($0.count, "actor"))" }))"
    }
}
