import Foundation
import StakeMap
import StakeMapAnalysis

/// A protection audit's flags and withheld items in words, from their facts, in any language.
public enum AuditText {
    /// The flag's finding in `words`' language.
    public static func message(_ flag: AuditFlag, in graph: Graph, words: Words) -> String {
        let names = Names(graph: graph, language: words.tag)
        func level(_ sensitivity: Sensitivity) -> TextValue { .text(words.name(of: sensitivity)) }
        switch flag.finding {
        case let .withheldAtVisibleEvent(actor, sensitivity, event, eventSensitivity):
            return words(.flagWithheldAtEvent, ["actor": .name(names(actor)), "sensitivity": level(sensitivity),
                                                "event": .name(names(event)), "eventSensitivity": level(eventSensitivity)])
        case let .unprotectedAtRisk(actor, kind, tags):
            return words(.flagAtRisk, ["actor": .name(names(actor)), "kind": .text(words.name(of: kind)),
                                       "tags": .worded(tags.map { words.value(.id($0)) }.joined(separator: words.catalog.comma))])
        case let .tieLessProtected(from, to, kind, tieSensitivity, actor, sensitivity):
            return words(.flagTieLess, ["tie": .text(words.name(of: kind)), "tieID": .id(kind.rawValue), "from": .name(names(from)),
                                        "to": .name(names(to)), "tieSensitivity": level(tieSensitivity),
                                        "actor": .name(names(actor)), "sensitivity": level(sensitivity)])
        case let .namedInText(text, audience, actor, sensitivity):
            var arguments: [String: TextValue] = ["audience": .text(words.name(of: audience)), "actor": .name(names(actor)),
                                                  "sensitivity": level(sensitivity)]
            switch text {
            case let .source(id):
                arguments["item"] = .id(id)
                return words(.flagNamedInSource, arguments)
            case let .event(id):
                arguments["item"] = .worded(words(CommandMessage.auditEventText, ["name": .name(names(id))]))
            case let .tie(_, _, kind):
                arguments["item"] = .worded(words(CommandMessage.auditTieText, ["tie": .text(words.name(of: kind)), "tieID": .id(kind.rawValue)]))
            case let .record(id):
                arguments["item"] = .worded(words(CommandMessage.auditRecordText, ["name": .name(names(id))]))
            }
            return words(.flagNamedInText, arguments)
        }
    }

    /// What to do about the flag, in `words`' language.
    public static func suggestion(_ flag: AuditFlag, in graph: Graph, words: Words) -> String {
        switch flag.finding {
        case let .withheldAtVisibleEvent(_, sensitivity, _, _):
            return words(.flagWithheldAtEventNext, ["sensitivity": .text(words.name(of: sensitivity))])
        case let .unprotectedAtRisk(_, kind, _):
            return words(kind == .person ? .flagAtRiskPersonNext : .flagAtRiskGroupNext)
        case let .tieLessProtected(_, _, _, _, _, sensitivity):
            return words(.flagTieLessNext, ["sensitivity": .text(words.name(of: sensitivity))])
        case let .namedInText(text, _, _, sensitivity):
            if case .source = text { return words(.flagNamedInSourceNext, ["sensitivity": .text(words.name(of: sensitivity))]) }
            return words(.flagNamedInTextNext, ["sensitivity": .text(words.name(of: sensitivity))])
        }
    }

    /// A severity's name ("high", "عالية").
    public static func severity(_ severity: GapSeverity, words: Words) -> String {
        switch severity {
        case .high: words(.high)
        case .medium: words(.medium)
        case .low: words(.low)
        }
    }

    /// A withheld item's kind, label and reason in `words`' language.
    public static func withheld(_ item: WithheldItem, in graph: Graph, words: Words) -> (kind: String, label: String, reason: String) {
        let names = Names(graph: graph, language: words.tag)
        let kind: String
        switch item.kind {
        case .actor: kind = words(.itemActor)
        case .tie: kind = words(.itemTie)
        case .event: kind = words(.itemEvent)
        case .source: kind = words(.itemSource)
        }
        return (kind, label(item, in: graph, names: names, words: words), reason(item.reason, names: names, words: words))
    }

    /// A withheld item's label: its name, a tie's ends by name (and its date), a source's title.
    public static func label(_ item: WithheldItem, in graph: Graph, names: Names, words: Words) -> String {
        switch item.kind {
        case .actor, .event: return names(item.id)
        case .source:
            return graph.sources.first { $0.id == item.id }?.title.map { $0.exactly(words.tag) ?? $0.text(in: "en") } ?? item.id
        case .tie:
            guard let tie = item.tie else { return item.id }
            let label = words(.tieLabel, ["from": .name(names(tie.from)), "tie": .text(words.name(of: tie.kind)), "tieID": .id(tie.kind.rawValue),
                                          "to": .name(names(tie.to))])
            return label + (tie.date.map { " (" + words.date($0) + ")" } ?? "")
        }
    }

    /// Why an item is withheld, in words.
    public static func reason(_ reason: WithheldReason, names: Names, words: Words) -> String {
        switch reason {
        case let .sensitivity(sensitivity): return words.name(of: sensitivity)
        case .citedOnlyByWithheld: return words(.citedOnlyByWithheld)
        case let .moreSensitiveEnds(sensitivity, ends):
            let clauses = ends.map { id in
                words(.endIsMoreSensitive, ["name": .name(names(id)),
                                            "sensitivity": .text(names.graph.actor(withID: id).map { words.name(of: $0.sensitivity) } ?? "")])
            }
            return words.name(of: sensitivity) + words.catalog.template(CommandMessage.clauseSeparator) + clauses.joined(separator: words.catalog.comma)
        }
    }
}
