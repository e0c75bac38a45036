import StakeMap
import StakeMapAnalysis

/// The evidence of an introduction path's steps in words, in any language: "met (2018;
/// seed-000#p6)", "شاركا معًا في ورشة عمل البعثة (30–31 أكتوبر 2024؛ Tripoli)".
public enum PathText {
    /// One piece of evidence in words.
    public static func phrase(_ evidence: PairEvidence, in graph: Graph, words: Words) -> String {
        let lang = words.language.rawValue
        var details = [String]()
        if let date = evidence.date { details.append(words.date(date)) }
        if let place = evidence.place { details.append(words.value(.name(place))) }
        if !evidence.sources.isEmpty { details.append(evidence.sources.map { words.value(.citation($0.description)) }.joined(separator: words.catalog.comma)) }
        let separator = words.language == .ar ? "؛ " : "; "
        var arguments: [String: TextValue] = ["details": .worded(details.isEmpty ? "" : " (" + details.joined(separator: separator) + ")")]
        if let event = evidence.event {
            arguments["event"] = .name(graph.event(withID: event)?.displayName(in: lang) ?? event)
            return words(.evidenceBothAt, arguments)
        }
        guard let kind = evidence.tieKind else { return words(.evidenceConnected, arguments) }
        switch kind {
        case .met: return words(.evidenceMet, arguments)
        case .partnersWith: return words(.evidencePartners, arguments)
        case .related: return words(.evidenceRelated, arguments)
        default:
            arguments["from"] = .name(graph.actor(withID: evidence.from)?.displayName(in: lang) ?? evidence.from)
            arguments["to"] = .name(graph.actor(withID: evidence.to)?.displayName(in: lang) ?? evidence.to)
            arguments["tie"] = .worded(words.name(of: kind))
            return words(.evidenceTie, arguments)
        }
    }

    /// A step in words, from its strongest and most recent evidence (at most two items).
    public static func explanation(_ step: PathStep, in graph: Graph, words: Words) -> String {
        let ranked = step.evidence.sorted { lhs, rhs in
            let l = (lhs.tieKind == .met || lhs.event != nil ? 1 : 0, lhs.date?.end.lastDayNumber ?? Int.min, lhs.strength)
            let r = (rhs.tieKind == .met || rhs.event != nil ? 1 : 0, rhs.date?.end.lastDayNumber ?? Int.min, rhs.strength)
            return l > r
        }
        let phrases = ranked.prefix(2).map { phrase($0, in: graph, words: words) }.joined(separator: words.language == .ar ? "؛ " : "; ")
        guard step.evidence.count > 2 else { return phrases }
        return words(.evidenceMore, ["phrases": .worded(phrases), "number": .number(step.evidence.count - 2)])
    }
}
