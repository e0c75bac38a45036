import Foundation
import StakeMap
import StakeMapAnalysis

/// A protection audit's flags and withheld items in words, from their facts (risk, items and the
/// graph), in any language.
public enum AuditText {
    /// The flag's finding in `words`' language (English: the audit's own message).
    public static func message(_ flag: AuditFlag, in graph: Graph, words: Words) -> String {
        guard words.language != .en else { return flag.message }
        let lang = words.language.rawValue
        func actor(_ id: String) -> TextValue { .name(graph.actor(withID: id)?.displayName(in: lang) ?? id) }
        func sensitivity(_ id: String) -> TextValue { .text(graph.actor(withID: id).map { words.name(of: $0.sensitivity) } ?? "") }
        let first = flag.items.first ?? "", second = flag.items.dropFirst().first ?? ""
        switch flag.risk {
        case .withheldAtVisibleEvent:
            let event = graph.event(withID: second)
            return words(.flagWithheldAtEvent, ["actor": actor(first), "sensitivity": sensitivity(first),
                                                "event": .name(event?.displayName(in: lang) ?? second),
                                                "eventSensitivity": .text(event.map { words.name(of: $0.sensitivity) } ?? "")])
        case .unprotectedAtRisk:
            let subject = graph.actor(withID: first)
            return words(.flagAtRisk, ["actor": actor(first), "kind": .text(subject.map { words.name(of: $0.kind) } ?? ""),
                                       "tags": .list((subject?.tags ?? []).filter(isAtRisk).map { .id($0) })])
        case .tieLessProtectedThanEnd:
            let ends = [first, second].compactMap(graph.actor(withID:))
            let end = ends.max { $0.sensitivity < $1.sensitivity }
            let tie = graph.ties.first { candidate in [candidate.from, candidate.to] == [first, second] && end.map { candidate.sensitivity < $0.sensitivity } == true }
            return words(.flagTieLess, ["tie": .text(tie.map { words.name(of: $0.kind) } ?? ""), "from": actor(first), "to": actor(second),
                                        "tieSensitivity": .text(tie.map { words.name(of: $0.sensitivity) } ?? ""),
                                        "actor": actor(end?.id ?? first), "sensitivity": sensitivity(end?.id ?? first)])
        case .namedInVisibleText:
            return words(.flagNamedInText, ["item": item(second, in: graph, words: words), "actor": actor(first), "sensitivity": sensitivity(first)])
        case .namedInSourceTitle:
            return words(.flagNamedInSource, ["item": .id(second), "actor": actor(first), "sensitivity": sensitivity(first)])
        }
    }

    /// What to do about the flag, in `words`' language (English: the audit's own suggestion).
    public static func suggestion(_ flag: AuditFlag, in graph: Graph, words: Words) -> String {
        guard words.language != .en else { return flag.suggestion }
        let first = flag.items.first ?? ""
        let subject = graph.actor(withID: first)
        let level = TextValue.text(subject.map { words.name(of: $0.sensitivity) } ?? "")
        switch flag.risk {
        case .withheldAtVisibleEvent: return words(.flagWithheldAtEventNext, ["sensitivity": level])
        case .unprotectedAtRisk: return words(subject?.kind == .person ? .flagAtRiskPersonNext : .flagAtRiskGroupNext)
        case .tieLessProtectedThanEnd:
            let ends = flag.items.compactMap(graph.actor(withID:))
            let end = ends.max { $0.sensitivity < $1.sensitivity }
            return words(.flagTieLessNext, ["sensitivity": .text(end.map { words.name(of: $0.sensitivity) } ?? "")])
        case .namedInVisibleText: return words(.flagNamedInTextNext, ["sensitivity": level])
        case .namedInSourceTitle: return words(.flagNamedInSourceNext, ["sensitivity": level])
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
        guard words.language != .en else { return (item.kind.rawValue, item.label, item.reason) }
        let lang = words.language.rawValue
        func name(_ id: String) -> String { graph.actor(withID: id)?.displayName(in: lang) ?? id }
        let level = words.name(of: item.sensitivity)
        switch item.kind {
        case .actor:
            return (words(.itemActor), graph.actor(withID: item.id)?.displayName(in: lang) ?? item.label, level)
        case .event:
            return (words(.itemEvent), graph.event(withID: item.id)?.displayName(in: lang) ?? item.label, level)
        case .source:
            let title = graph.sources.first { $0.id == item.id }?.title.map { $0.exactly(lang) ?? $0.text(in: "en") }
            return (words(.itemSource), title ?? item.label, words(.citedOnlyByWithheld))
        case .tie:
            let parts = item.id.components(separatedBy: " ")
            guard parts.count == 3, let kind = TieKind(rawValue: parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "-"))) else {
                return (words(.itemTie), item.label, level)
            }
            let label = words(.tieLabel, ["from": .name(name(parts[0])), "tie": .text(words.name(of: kind)), "to": .name(name(parts[2]))])
            let ends = [parts[0], parts[2]].compactMap(graph.actor(withID:)).filter { $0.sensitivity > item.sensitivity }
            let reasons = [level] + ends.map { words(.endIsMoreSensitive, ["name": .name($0.displayName(in: lang)), "sensitivity": .text(words.name(of: $0.sensitivity))]) }
            return (words(.itemTie), label, reasons.joined(separator: "؛ "))
        }
    }

    /// Whether a tag marks an actor at risk (as the audit decides it).
    private static func isAtRisk(_ tag: String) -> Bool {
        let tag = tag.lowercased()
        return ["activist", "defender", "peacebuilder", "human-rights", "hrd", "whrd", "at-risk", "journalist",
                "survivor", "witness", "lawyer", "dissident", "protection"].contains { tag.contains($0) }
    }

    private static func item(_ item: String, in graph: Graph, words: Words) -> TextValue {
        let lang = words.language.rawValue
        if let event = graph.event(withID: item) { return .name(event.displayName(in: lang)) }
        if let actor = graph.actor(withID: item) { return .name(actor.displayName(in: lang)) }
        return .id(item)
    }
}
