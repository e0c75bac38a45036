import StakeMap
import StakeMapRender

/// The words of a map (legend, default title, caption) in English, Arabic or both, for
/// `RenderOptions.wording`.
public enum MapText {
    /// The wording for `language` (`both`: English over Arabic in every legend entry, and the
    /// caption as an English line then an Arabic line, each naming the focus in its own language).
    public static func wording(for language: LabelLanguage, digits: DigitStyle = .western) -> MapWording {
        switch language {
        case .en: wording([Words(.en, digits: digits)])
        case .ar: wording([Words(.ar, digits: digits)])
        case .both: wording([Words(.en, digits: digits), Words(.ar, digits: digits)])
        }
    }

    private static func wording(_ languages: [Words]) -> MapWording {
        func joined(_ word: (Words) -> String) -> String {
            var lines = [String]()
            for text in languages.map(word) where !lines.contains(text) { lines.append(text) }
            return lines.joined(separator: "\n")
        }
        let headings: [MapWording.Heading: Message] = [.actors: .legendActors, .events: .legendEvents, .ties: .legendTies,
                                                       .stance: .legendStance, .colour: .legendColour, .size: .legendSize, .marked: .legendMarked]
        let terms: [MapWording.Term: Message] = [.event: .legendEvent, .unknownStance: .legendUnknownStance, .community: .legendCommunity,
                                                 .score: .legendScore, .highlighted: .legendHighlighted]
        return MapWording(
            identity: languages.map { "\($0.language.rawValue)-\($0.digits.rawValue)" }.joined(separator: "+"),
            isRightToLeft: languages.count == 1 && languages[0].language.isRightToLeft,
            defaultTitle: joined { $0(.mapTitle) },
            headings: headings.mapValues { message in joined { $0(message) } },
            terms: terms.mapValues { message in joined { $0(message) } },
            actorKinds: Dictionary(uniqueKeysWithValues: ActorKind.allCases.map { kind in (kind, joined { $0.name(of: kind) }) }),
            tieKinds: Dictionary(uniqueKeysWithValues: TieKind.allCases.map { kind in (kind, joined { $0.name(of: kind) }) }),
            stances: Dictionary(uniqueKeysWithValues: (-2...2).map { stance in (stance, joined { $0.catalog.stanceName(stance) }) }),
            caption: { facts in languages.map { MapText.caption(facts, in: $0) } },
            date: { span in
                var lines = [String]()
                for text in languages.map({ $0.dateText(span) }) where !lines.contains(text) { lines.append(text) }
                return lines.joined(separator: "\n")
            })
    }

    /// One caption line, wholly in the language of `words` (the focus named in that language,
    /// isolated when its script differs).
    public static func caption(_ facts: MapWording.Caption, in words: Words) -> String {
        var parts = [String]()
        if let asOf = facts.asOf { parts.append(words(.captionAsOf, ["date": .date(DateSpan(asOf))])) }
        if let name = facts.focusName {
            parts.append(words(.captionAround, ["name": .name(words.name(of: name)), "steps": .count(facts.focusDepth, .step)]))
        }
        parts.append(words(.captionCounts, ["actors": .count(facts.actors, .actor), "links": .count(facts.links, .link)]))
        parts.append(words(.captionAudience, ["audience": .text(words.name(of: facts.audience))]))
        return parts.joined(separator: " · ")
    }
}
