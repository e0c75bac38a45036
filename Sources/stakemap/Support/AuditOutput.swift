import StakeMapAnalysis
import StakeMapText

/// Prints a protection audit for reading (text, Markdown) or for scripts (CSV of the flags), with
/// headings and flags in the language of `words`.
struct AuditOutput {
    /// The audit.
    let audit: DataAudit
    /// The graph audited (to word flags in another language).
    let graph: Graph
    /// The words.
    let words: Words

    /// The per-audience counts as a table.
    func views() -> Table {
        Table(headers: [Message.audience, .actors, .ties, .events, .sources].map { words($0) },
              rows: audit.views.map { [words.name(of: $0.audience), "\($0.actors)", "\($0.ties)", "\($0.events)", "\($0.sources)"].map(words.digits.apply) },
              numericColumns: [1, 2, 3, 4])
    }

    /// The withheld items as a table.
    func withheld() -> Table {
        Table(headers: [Message.item, .id, .name, .sensitivity, .withheldFrom, .why].map { words($0) },
              rows: audit.withheld.map { item in
                  let worded = AuditText.withheld(item, in: graph, words: Words(words.language, digits: words.digits, medium: .cell))
                  return [worded.kind, item.id, worded.label, words.name(of: item.sensitivity),
                          item.withheldFrom.map { words.name(of: $0) }.joined(separator: words.catalog.comma), worded.reason]
              })
    }

    private func heading(_ message: Message, _ count: Int) -> String { words(message, ["number": .number(count)]) }

    /// A plain-text audit: views, withheld items, flags with suggestions.
    func text(title: String) -> String {
        let reader = words(.auditFor, ["audience": .text(words.name(of: audit.reader))])
        var lines = [words(.auditTitle, ["title": .name(title)]) + " (\(reader))", "", words(.auditViews), ""]
        lines.append(views().render(.table))
        lines.append(heading(.auditWithheld, audit.withheld.count))
        lines.append("")
        lines.append(audit.withheld.isEmpty ? words(.auditNothingWithheld) + "\n" : withheld().render(.table))
        lines.append(heading(.auditRisks, audit.flags.count))
        lines.append("")
        if audit.flags.isEmpty { lines.append(words(.auditNoRisk)) }
        for (number, flag) in audit.flags.enumerated() {
            let risk = words.language == .en ? flag.risk.rawValue : Bidi.isolate(flag.risk.rawValue, for: .plain)
            lines.append(" \(words.digits.format(number + 1)). [\(AuditText.severity(flag.severity, words: words))] \(risk): "
                         + AuditText.message(flag, in: graph, words: words))
            lines.append("    \(words(.auditNext)) \(AuditText.suggestion(flag, in: graph, words: words))")
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same as `text`, in Markdown (an Arabic audit in a right-to-left block).
    func markdown(title: String) -> String {
        let e = MarkdownEscaping.escaped
        let markdownWords = Words(words.language, digits: words.digits, medium: .markdown)
        let reader = markdownWords(.auditFor, ["audience": .text(words.name(of: audit.reader))])
        var lines = ["# " + markdownWords(.auditTitle, ["title": .name(e(title))]), "",
                     words.language == .en ? "For the \(audit.reader.rawValue) audience." : reader + ".", "", "## " + words(.auditViews), ""]
        lines.append(views().render(.md))
        lines += ["## " + heading(.auditWithheld, audit.withheld.count), ""]
        lines.append(audit.withheld.isEmpty ? words(.auditNothingWithheld) + "\n" : withheld().render(.md))
        lines += ["## " + heading(.auditRisks, audit.flags.count), ""]
        if audit.flags.isEmpty { lines.append(words(.auditNoRisk)) }
        for flag in audit.flags {
            lines.append("- **\(AuditText.severity(flag.severity, words: words))** `\(flag.risk.rawValue)`: "
                         + "\(e(AuditText.message(flag, in: graph, words: words)))  ")
            let next = words.language == .en ? "*Next:*" : "*\(words(.auditNext))*"
            lines.append("  \(next) \(e(AuditText.suggestion(flag, in: graph, words: words)))")
        }
        let text = lines.joined(separator: "\n") + "\n"
        return words.language.isRightToLeft ? Bidi.rightToLeftBlock(text) + "\n" : text
    }

    /// One row per flag.
    func csv() -> String {
        Table(headers: [Message.severity, .risk, .items, .message, .suggestion].map { words($0) },
              rows: audit.flags.map { [$0.severity.rawValue, $0.risk.rawValue, $0.items.joined(separator: " "),
                                       AuditText.message($0, in: graph, words: words), AuditText.suggestion($0, in: graph, words: words)] })
            .render(.csv)
    }
}
