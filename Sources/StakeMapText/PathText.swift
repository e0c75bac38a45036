import StakeMap
import StakeMapAnalysis

/// The evidence of an introduction path's steps in words, in any language: "met (2018;
/// seed-000#p6)", "شاركا معًا في ورشة عمل البعثة (30–31 أكتوبر 2024؛ Tripoli)".
public enum PathText {
    /// One piece of evidence in words.
    public static func phrase(_ evidence: PairEvidence, in graph: Graph, words: Words) -> String {
        let lang = words.tag
        var details = [String]()
        if let date = evidence.date { details.append(words.date(date)) }
        if let place = evidence.place { details.append(words.value(.name(place))) }
        if !evidence.sources.isEmpty { details.append(evidence.sources.map { words.value(.citation($0.description)) }.joined(separator: words.catalog.comma)) }
        let separator = words.catalog.template(CommandMessage.clauseSeparator)
        var arguments: [String: TextValue] = ["details": .worded(details.isEmpty ? "" : " (" + details.joined(separator: separator) + ")")]
        if let event = evidence.event {
            arguments["event"] = .name(graph.event(withID: event)?.displayName(in: lang) ?? event)
            return words(Message.evidenceBothAt, arguments)
        }
        guard let kind = evidence.tieKind else { return words(Message.evidenceConnected, arguments) }
        arguments["from"] = .name(graph.actor(withID: evidence.from)?.displayName(in: lang) ?? evidence.from)
        arguments["to"] = .name(graph.actor(withID: evidence.to)?.displayName(in: lang) ?? evidence.to)
        return words(CommandMessage.tieEvidence(kind), arguments)
    }

    /// A step's explanation in words: its evidence shown, then how many more.
    public static func explanation(_ explanation: StepExplanation, in graph: Graph, words: Words) -> String {
        let separator = words.catalog.template(CommandMessage.clauseSeparator)
        let phrases = explanation.shown.map { phrase($0, in: graph, words: words) }.joined(separator: separator)
        guard explanation.more > 0 else { return phrases }
        return words(Message.evidenceMore, ["phrases": .worded(phrases), "number": .number(explanation.more)])
    }

    /// A step in words (see `explanation(_:in:words:)`).
    public static func explanation(_ step: PathStep, in graph: Graph, words: Words) -> String {
        explanation(step.explanation, in: graph, words: words)
    }
}
