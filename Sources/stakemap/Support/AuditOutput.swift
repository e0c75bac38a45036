import StakeMapAnalysis

/// Prints a protection audit for reading (text, Markdown) or for scripts (CSV of the flags).
enum AuditOutput {
    /// The per-audience counts as a table.
    static func views(_ audit: DataAudit) -> Table {
        Table(headers: ["audience", "actors", "ties", "events", "sources"],
              rows: audit.views.map { [$0.audience.rawValue, "\($0.actors)", "\($0.ties)", "\($0.events)", "\($0.sources)"] },
              numericColumns: [1, 2, 3, 4])
    }

    /// The withheld items as a table.
    static func withheld(_ audit: DataAudit) -> Table {
        Table(headers: ["item", "id", "name", "sensitivity", "withheld from", "why"],
              rows: audit.withheld.map { [$0.kind.rawValue, $0.id, $0.label, $0.sensitivity.rawValue,
                                          $0.withheldFrom.map(\.rawValue).joined(separator: ", "), $0.reason] })
    }

    /// A plain-text audit: views, withheld items, flags with suggestions.
    static func text(_ audit: DataAudit, title: String) -> String {
        var lines = ["Protection audit: \(title) (for the \(audit.reader.rawValue) audience)", "", "What each audience sees", ""]
        lines.append(views(audit).render(.table))
        lines.append("Withheld (\(audit.withheld.count))")
        lines.append("")
        lines.append(audit.withheld.isEmpty ? "Nothing is withheld from any audience.\n" : withheld(audit).render(.table))
        lines.append("Risks (\(audit.flags.count))")
        lines.append("")
        if audit.flags.isEmpty { lines.append("No risky pattern found.") }
        for (number, flag) in audit.flags.enumerated() {
            lines.append(" \(number + 1). [\(flag.severity.rawValue)] \(flag.risk.rawValue): \(flag.message)")
            lines.append("    Next: \(flag.suggestion)")
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same as `text`, in Markdown.
    static func markdown(_ audit: DataAudit, title: String) -> String {
        let e = MarkdownEscaping.escaped
        var lines = ["# Protection audit: \(e(title))", "", "For the \(audit.reader.rawValue) audience.", "", "## What each audience sees", ""]
        lines.append(views(audit).render(.md))
        lines += ["## Withheld (\(audit.withheld.count))", ""]
        lines.append(audit.withheld.isEmpty ? "Nothing is withheld from any audience.\n" : withheld(audit).render(.md))
        lines += ["## Risks (\(audit.flags.count))", ""]
        if audit.flags.isEmpty { lines.append("No risky pattern found.") }
        for flag in audit.flags {
            lines.append("- **\(flag.severity.rawValue)** `\(flag.risk.rawValue)`: \(e(flag.message))  ")
            lines.append("  *Next:* \(e(flag.suggestion))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per flag.
    static func csv(_ audit: DataAudit) -> String {
        Table(headers: ["severity", "risk", "items", "message", "suggestion"],
              rows: audit.flags.map { [$0.severity.rawValue, $0.risk.rawValue, $0.items.joined(separator: " "), $0.message, $0.suggestion] })
            .render(.csv)
    }
}
