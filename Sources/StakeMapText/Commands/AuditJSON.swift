import StakeMap
import StakeMapAnalysis

/// The JSON shape of `audit --format json`: the audit's facts with their words (`message`,
/// `suggestion`, `label`, `reason`) in the language of `words` (English by default, as scripts
/// have always read them).
public struct AuditJSON: Encodable {
    /// One flag.
    public struct Flag: Encodable {
        let risk: AuditFlag.Risk
        let severity: GapSeverity
        let items: [String]
        let message: String
        let suggestion: String
    }

    /// One withheld item.
    public struct Item: Encodable {
        let kind: WithheldItem.Kind
        let id: String
        let label: String
        let sensitivity: Sensitivity
        let withheldFrom: [Audience]
        let reason: String
    }

    let reader: Audience
    let views: [AudienceView]
    let withheld: [Item]
    let flags: [Flag]

    /// The audit worded from `graph` (the network as the audit's reader may see it).
    public init(_ audit: DataAudit, graph: Graph, words: Words = Words(.en, medium: .cell)) {
        let names = Names(graph: graph, language: words.tag)
        reader = audit.reader
        views = audit.views
        withheld = audit.withheld.map { item in
            Item(kind: item.kind, id: item.id, label: AuditText.label(item, in: graph, names: names, words: words),
                 sensitivity: item.sensitivity, withheldFrom: item.withheldFrom,
                 reason: AuditText.reason(item.reason, names: names, words: words))
        }
        flags = audit.flags.map { flag in
            Flag(risk: flag.risk, severity: flag.severity, items: flag.items,
                 message: AuditText.message(flag, in: graph, words: words), suggestion: AuditText.suggestion(flag, in: graph, words: words))
        }
    }
}
