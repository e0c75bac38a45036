import StakeMap
import StakeMapAnalysis

/// Why to meet someone, in words, from the facts of a suggestion or a link prediction.
public enum SuggestText {
    /// The reason of a suggestion: the post whose earlier holder is known, else the shared
    /// contacts (the first three by name).
    public static func reason(_ suggestion: MeetingSuggestion, names: Names, words: Words) -> String {
        if let succession = suggestion.succession {
            return words(CommandMessage.suggestSuccession, ["post": .name(names(succession.post)), "holder": .name(names(succession.previousHolder))])
        }
        let contacts = suggestion.commonContacts
        var shown = contacts.prefix(3).map { words.value(.name(names($0))) }.joined(separator: words.catalog.comma)
        if contacts.count > 3 { shown = words(CommandMessage.andMore, ["shown": .worded(shown), "number": .number(contacts.count - 3)]) }
        return words(one: .suggestOneContact, other: .suggestContacts, number: contacts.count, ["contacts": .worded(shown)])
    }

    /// The reasons of a link prediction in words: "both attended X and Y; both are linked to Z
    /// (Z is a member of A; Z met B)". Empty when there are none.
    public static func reason(_ reasons: [LinkReason], names: Names, words: Words) -> String {
        let separator = words.catalog.template(CommandMessage.clauseSeparator)
        return reasons.map { reason -> String in
            switch reason {
            case let .sharedEvents(events):
                return words(CommandMessage.bothAttended, ["events": .list(events.map { .name(names($0)) })])
            case let .commonContact(contact, ties):
                let sentences = ties.map { tie in
                    words(CommandMessage.tieSentence(tie.kind), ["from": .name(names(tie.from)), "to": .name(names(tie.to))])
                }
                return words(CommandMessage.bothLinked, ["contact": .name(names(contact)), "ties": .worded(sentences.joined(separator: separator))])
            case let .moreCommonContacts(number):
                return words(one: .moreCommonContactOne, other: .moreCommonContacts, number: number)
            }
        }.joined(separator: separator)
    }
}
