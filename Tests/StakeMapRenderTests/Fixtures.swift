import Foundation
@testable import StakeMapRender

/// Networks built in code for the render tests.
enum Fixtures {
    /// Strings of withheld items: none may appear in any output for `.public`.
    static let secretsAbovePublic = ["Katiba Zeta", "armed-group-q", "KZ-alias", "militia note",
                                     "restricted-meeting", "Backroom Talks", "Hidden Village"]
    /// Strings of confidential items: none may appear for `.internal` or `.public`.
    static let secretsAboveInternal = ["Salwa Hidden", "سلوى المخفية", "defender-secret-7", "SecretAlias",
                                       "NOTE-SECRET", "src-secret", "TIE-NOTE-SECRET", "SafeHouseTown",
                                       "secret-session", "Closed-door Session", "Embassy Annex"]

    /// A small Libyan women, peace and security network in English and Arabic, with a
    /// coalition, a threat, events, and restricted and confidential items.
    static func briefing() -> Graph {
        let actors: [Actor] = [
            Actor(id: "lwa", kind: .coalition, name: LocalizedText(["en": "Libyan Women's Alliance", "ar": "تحالف النساء الليبيات"])),
            Actor(id: "twbi", kind: .organization, name: LocalizedText(["en": "Together We Build It", "ar": "معا نبنيها"]),
                  country: "LY", stance: 2),
            Actor(id: "lwf", kind: .organization, name: LocalizedText(["en": "Libyan Women's Forum", "ar": "منتدى المرأة الليبية"]),
                  aliases: ["LWF"], country: "LY", stance: 2),
            Actor(id: "wasl", kind: .coalition, name: LocalizedText(["en": "Women's Alliance for Security Leadership"])),
            Actor(id: "wilpf", kind: .organization,
                  name: LocalizedText(["en": "WILPF", "ar": "رابطة النساء الدولية للسلام والحرية"]), stance: 2),
            Actor(id: "unwomen", kind: .unBody, name: LocalizedText(["en": "UN Women", "ar": "هيئة الأمم المتحدة للمرأة"]), stance: 1),
            Actor(id: "unsmil", kind: .unBody, name: LocalizedText(["en": "UNSMIL", "ar": "بعثة الأمم المتحدة للدعم في ليبيا"]), stance: 1),
            Actor(id: "williams", kind: .person, name: LocalizedText(["en": "Stephanie Williams", "ar": "ستيفاني ويليامز"]),
                  title: LocalizedText(["en": "Acting SRSG"]), gender: .woman, influence: 5, stance: 1),
            Actor(id: "amb-france", kind: .post, name: LocalizedText(["en": "French Ambassador to Libya", "ar": "سفير فرنسا لدى ليبيا"])),
            Actor(id: "france", kind: .state, name: LocalizedText(["en": "France", "ar": "فرنسا"]), stance: 0),
            Actor(id: "eu", kind: .intergovernmental, name: LocalizedText(["en": "European Union", "ar": "الاتحاد الأوروبي"])),
            Actor(id: "moi", kind: .government, name: LocalizedText(["en": "Ministry of Interior", "ar": "وزارة الداخلية"]), stance: -1),
            Actor(id: "hnec", kind: .government, name: LocalizedText(["en": "High National Elections Commission", "ar": "المفوضية الوطنية العليا للانتخابات"])),
            Actor(id: "libya-observer", kind: .media, name: LocalizedText(["en": "Libya Observer"])),
            Actor(id: "armed-group-q", kind: .other, name: LocalizedText(["en": "Katiba Zeta"]), aliases: ["KZ-alias"],
                  stance: -2, sensitivity: .restricted, note: "militia note"),
            Actor(id: "defender-secret-7", kind: .person, name: LocalizedText(["en": "Salwa Hidden", "ar": "سلوى المخفية"]),
                  aliases: ["SecretAlias"], gender: .woman, sensitivity: .confidential, note: "NOTE-SECRET",
                  sources: [Citation(sourceID: "src-secret", locator: "p1")]),
        ]
        let ties: [Tie] = [
            Tie(from: "twbi", to: "lwa", kind: .memberOf),
            Tie(from: "lwf", to: "lwa", kind: .memberOf),
            Tie(from: "lwf", to: "wasl", kind: .memberOf, date: DateSpan(parsing: "2022"), confidence: .reported),
            Tie(from: "wilpf", to: "wasl", kind: .memberOf),
            Tie(from: "lwa", to: "williams", kind: .met, date: DateSpan(parsing: "2018"), place: "Tunis", strength: 3),
            Tie(from: "lwa", to: "williams", kind: .met, date: DateSpan(parsing: "2019-04"), place: "Tripoli", strength: 2),
            Tie(from: "twbi", to: "amb-france", kind: .met, date: DateSpan(parsing: "2019"), place: "Tripoli"),
            Tie(from: "twbi", to: "unsmil", kind: .advocatesTo),
            Tie(from: "wilpf", to: "twbi", kind: .funds),
            Tie(from: "unwomen", to: "twbi", kind: .supports),
            Tie(from: "williams", to: "unsmil", kind: .leads),
            Tie(from: "france", to: "eu", kind: .memberOf, confidence: .reported),
            Tie(from: "amb-france", to: "france", kind: .represents),
            Tie(from: "moi", to: "twbi", kind: .opposes),
            Tie(from: "unsmil", to: "hnec", kind: .partnersWith),
            Tie(from: "libya-observer", to: "lwa", kind: .related),
            Tie(from: "armed-group-q", to: "twbi", kind: .threatens, sensitivity: .restricted),
            Tie(from: "armed-group-q", to: "defender-secret-7", kind: .threatens, sensitivity: .confidential),
            Tie(from: "defender-secret-7", to: "twbi", kind: .memberOf),
            Tie(from: "twbi", to: "eu", kind: .met, place: "SafeHouseTown", sensitivity: .confidential, note: "TIE-NOTE-SECRET"),
        ]
        let events: [Event] = [
            Event(id: "unsmil-workshop-2024", kind: .workshop,
                  name: LocalizedText(["en": "Election security workshop", "ar": "ورشة عمل أمن الانتخابات"]),
                  date: DateSpan(parsing: "2024-10-30..2024-10-31"), place: "Tripoli",
                  organizers: ["unsmil", "moi"], participants: [Event.Participant(id: "hnec"), Event.Participant(id: "twbi"),
                                                                Event.Participant(id: "defender-secret-7")]),
            Event(id: "restricted-meeting", kind: .meeting, name: LocalizedText(["en": "Backroom Talks"]),
                  place: "Hidden Village", participants: [Event.Participant(id: "lwa"), Event.Participant(id: "eu")],
                  sensitivity: .restricted),
            Event(id: "secret-session", kind: .meeting, name: LocalizedText(["en": "Closed-door Session"]),
                  place: "Embassy Annex", participants: [Event.Participant(id: "twbi"), Event.Participant(id: "williams")],
                  sensitivity: .confidential),
        ]
        return Graph(title: LocalizedText(["en": "Women, peace and security in Libya", "ar": "المرأة والسلام والأمن في ليبيا"]),
                     asOf: PartialDate(parsing: "2025-10-04"),
                     sources: [Source(id: "src-secret", title: LocalizedText("Secret interview"))],
                     actors: actors, ties: ties, events: events)
    }

    /// Hostile names, each paired with the text it must render as.
    static let hostileNames: [(id: String, name: String)] = [
        ("quote", "Say \"hi\" & 'bye'"),
        ("script", "<script>alert(1)</script>"),
        ("entity", "&amp; &lt;b&gt; &#92;"),
        ("escapes", "\\N \\G \\E \\T \\H \\L \\n \\l \\r \\\\"),
        ("backslash", "C:\\path\\"),
        ("quote-after-backslash", "a\\\"b"),
        ("html-label", "<<B>bold</B>>"),
        ("arabic", "معا نبنيها"),
        ("newline", "first line\nsecond line"),
    ]

    /// A network of hostile names (plus one Arabic name) joined in a ring of `met` ties.
    static func hostile() -> Graph {
        let actors = hostileNames.map { Actor(id: $0.id, kind: .organization, name: LocalizedText(["en": $0.name])) }
        let ties = actors.indices.map { Tie(from: actors[$0].id, to: actors[($0 + 1) % actors.count].id, kind: .met,
                                            place: hostileNames[$0].name) }
        return Graph(title: LocalizedText("Title <b>&amp;</b> \"\\N\""), actors: actors, ties: ties)
    }

    /// A random network of `count` actors with about two ties each (average degree ~4),
    /// deterministic for a seed; every tenth actor is a coalition that earlier actors join.
    static func synthetic(actors count: Int, seed: UInt64 = 1) -> Graph {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let kinds: [ActorKind] = [.person, .organization, .organization, .unBody, .government, .diplomaticMission,
                                  .person, .media, .community, .person]
        let actors = (0..<count).map { index in
            Actor(id: "a\(index)", kind: index % 10 == 9 ? .coalition : kinds[index % kinds.count],
                  name: LocalizedText(["en": "Actor \(index)", "ar": "فاعل \(index)"]))
        }
        var ties = [Tie]()
        let tieKinds: [TieKind] = [.met, .met, .met, .partnersWith, .supports, .advocatesTo, .funds, .opposes]
        for index in 1..<max(1, count) {
            let other = next(index)
            ties.append(Tie(from: "a\(index)", to: "a\(other)", kind: tieKinds[next(tieKinds.count)]))
            let extra = next(count)
            if extra != index {
                let coalition = (extra / 10) * 10 + 9
                if index % 7 == 0, coalition < count, coalition != index {
                    ties.append(Tie(from: "a\(index)", to: "a\(coalition)", kind: .memberOf))
                } else {
                    ties.append(Tie(from: "a\(index)", to: "a\(extra)", kind: .met))
                }
            }
        }
        return Graph(title: LocalizedText("Synthetic network of \(count) actors"), actors: actors, ties: ties)
    }
}
