import Foundation

/// A network holding restricted and confidential actors, ties, events and sources, with a
/// distinctive marker in every field: `zqc…` (and Arabic `زقسري`) for confidential items,
/// `zqr…` (and `زقمقيد`) for restricted ones. Public items carry no marker.
enum LeakFixture {
    /// Markers of confidential items (case-insensitive ASCII, and Arabic).
    static let confidential = ["zqc", "زقسري"]
    /// Markers of restricted items.
    static let restricted = ["zqr", "زقمقيد"]

    /// The markers an audience must not see.
    static func markers(above audience: String) -> [String] {
        switch audience {
        case "public": confidential + restricted
        case "internal": confidential
        default: []
        }
    }

    /// The network; `variant` changes only withheld items (longer texts, one more withheld
    /// actor, tie and event of `variant`'s sensitivity), so every output for an audience that
    /// may not see them must be byte-identical to the base network's.
    static func yaml(variant: String? = nil) -> String {
        func item(_ level: String, _ tag: String, _ arabic: String, sensitivity: String) -> String {
            let extra = variant == sensitivity ? "-" + String(repeating: "LONGER", count: 7) : ""
            let m = tag + extra
            return """
              - id: \(tag)-person
                kind: person
                name: {en: "\(m.uppercased())-NAME \(level)", ar: "\(arabic) \(arabic)"}
                aliases: [\(m)-alias]
                title: {en: \(m)-title}
                place: \(m)-place
                region: \(m)-region
                country: LY
                gender: woman
                tags: [\(m)-tag, defender]
                influence: 4
                note: "\(m)-note: \(arabic)"
                sensitivity: \(sensitivity)
                sources: [\(tag)-source#\(m)-locator]
            """
        }
        func extraActor(_ sensitivity: String, _ tag: String) -> String {
            guard variant == sensitivity else { return "" }
            return """
              - {id: \(tag)-extra, kind: organization, name: {en: \(tag)-extra-name}, sensitivity: \(sensitivity), note: \(tag)-extra-note}
            """
        }
        func extraTies(_ sensitivity: String, _ tag: String) -> String {
            guard variant == sensitivity else { return "" }
            return """
              - {from: \(tag)-extra, to: ngo, kind: funds, sensitivity: \(sensitivity), note: \(tag)-extra-tie}
              - {from: \(tag)-extra, to: envoy, kind: met, date: 2021-02-02, sensitivity: \(sensitivity)}
            """
        }
        func withheldTies(_ tag: String, sensitivity: String) -> String {
            let extra = variant == sensitivity ? "-" + String(repeating: "LONGER", count: 5) : ""
            let m = tag + extra
            return """
              - {from: ngo, to: \(tag)-person, kind: met, date: 2023-05-05, place: \(m)-tie-place, strength: 4, note: \(m)-tie-note, outcome: \(m)-tie-outcome, sources: [\(tag)-source]}
              - {from: \(tag)-person, to: envoy, kind: met, date: 2023-06-06, strength: 4, sources: [\(tag)-source]}
              - {from: coalition, to: envoy, kind: advocates-to, date: \(tag == "zqc" ? "2022-01-01" : "2022-02-02"), sensitivity: \(sensitivity), place: \(m)-secret-tie-place, note: \(m)-secret-tie-note, outcome: \(m)-secret-tie-outcome, sources: [\(tag)-source#\(m)-p9]}
            """
        }
        func withheldEvent(_ tag: String, sensitivity: String) -> String {
            let extra = variant == sensitivity ? "-" + String(repeating: "LONGER", count: 6) : ""
            let m = tag + extra
            return """
              - id: \(tag)-event
                kind: meeting
                name: {en: \(m)-event-name, ar: \(m)-event-ar}
                date: 2024-03-03
                place: \(m)-event-place
                organizers: [ngo]
                participants: [envoy, {id: \(tag)-person, role: \(m)-role, on_behalf_of: ngo}]
                topics: [\(m)-topic]
                outcome: \(m)-event-outcome
                note: \(m)-event-note
                sensitivity: \(sensitivity)
                sources: [\(tag)-source]
            """
        }
        let extraEvent = variant.map { level in
            let tag = level == "confidential" ? "zqc" : "zqr"
            return """
              - {id: \(tag)-extra-event, kind: workshop, name: {en: \(tag)-extra-event}, participants: [ngo, mission], sensitivity: \(level)}
            """
        } ?? ""
        return """
        stakemap: 1
        title: {en: Leak test network, ar: شبكة اختبار}
        as_of: 2025-10-04
        sources:
          - {id: public-source, title: A public report, url: "https://example.org/public-report"}
          - {id: zqc-source, title: "zqc-source-title زقسري", url: "https://example.org/zqc-source-url", note: zqc-source-note}
          - {id: zqr-source, title: "zqr-source-title زقمقيد", url: "https://example.org/zqr-source-url", note: zqr-source-note}
        actors:
          - {id: coalition, kind: coalition, name: {en: Public Coalition, ar: تحالف عام}, tags: [women-led], place: Tripoli, sources: [public-source]}
          - {id: ngo, kind: organization, name: {en: Public NGO, ar: منظمة عامة}, place: Tripoli, region: west, sources: [public-source]}
          - {id: ngo-two, kind: organization, name: {en: Second NGO}, place: Benghazi, region: east}
          - {id: mission, kind: diplomatic-mission, name: {en: Public Mission}, place: Tunis, country: FR, tags: [ambassador]}
          - {id: envoy, kind: person, name: {en: Public Envoy}, title: {en: Special Envoy}, place: Tunis, gender: woman, influence: 5, tags: [ambassador]}
          - {id: post, kind: post, name: {en: Envoy post}, place: Tunis}
        \(item("confidential", "zqc", "زقسري", sensitivity: "confidential"))
        \(item("restricted", "zqr", "زقمقيد", sensitivity: "restricted"))
        \(extraActor("confidential", "zqc"))\(extraActor("restricted", "zqr"))
        ties:
          - {from: ngo, to: coalition, kind: member-of, strength: 3, sources: [public-source]}
          - {from: ngo-two, to: coalition, kind: member-of, strength: 2}
          - {from: coalition, to: mission, kind: met, date: 2024-01-01, place: Tunis, strength: 2, sources: [public-source]}
          - {from: envoy, to: mission, kind: works-for, strength: 3}
          - {from: envoy, to: post, kind: holds, date: 2023}
          - {from: ngo-two, to: mission, kind: advocates-to, date: 2019}
        \(withheldTies("zqc", sensitivity: "confidential"))
        \(withheldTies("zqr", sensitivity: "restricted"))
        \(extraTies("confidential", "zqc"))\(extraTies("restricted", "zqr"))
        events:
          - id: public-event
            kind: workshop
            name: {en: Public workshop, ar: ورشة عامة}
            date: 2024-10-30
            place: Tripoli
            organizers: [coalition]
            participants: [ngo, ngo-two, mission, {id: zqc-person, role: zqc-public-role}, {id: zqr-person, role: zqr-public-role}]
            sources: [public-source]
        \(withheldEvent("zqc", sensitivity: "confidential"))
        \(withheldEvent("zqr", sensitivity: "restricted"))
        \(extraEvent)
        """
    }
}
