import Foundation
import StakeMapAnalysis

/// Prints gap findings for a coordinator (grouped by severity) or for scripts (JSON, CSV).
enum GapsOutput {
    /// The heading of each severity group.
    static func heading(_ severity: GapSeverity) -> String {
        switch severity {
        case .high: "HIGH — act first"
        case .medium: "MEDIUM — plan for it"
        case .low: "LOW — worth knowing, or data to fix"
        }
    }

    /// `{"findings": [...]}`.
    static func json(_ findings: [GapFinding]) throws -> String {
        struct Output: Encodable { let findings: [GapFinding] }
        return try AnalysisOutput.json(Output(findings: findings))
    }

    /// One row per finding.
    static func csv(_ findings: [GapFinding]) -> String {
        Table(headers: ["severity", "detector", "actors", "message", "suggestion", "evidence"],
              rows: findings.map { [$0.severity.rawValue, $0.detector, $0.actors.joined(separator: " "), $0.message,
                                    $0.suggestion, $0.evidence.map(\.citedText).joined(separator: " | ")] })
            .render(.csv)
    }

    /// A plain-text briefing: a header line, then the findings by severity.
    static func text(_ findings: [GapFinding], header: String) -> String {
        var lines = [header, summary(findings), ""]
        var number = 0
        for severity in GapSeverity.allCases {
            let group = findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            lines.append("\(heading(severity)) (\(group.count))")
            lines.append("")
            for finding in group {
                number += 1
                lines.append(" \(number). [\(finding.detector)] \(finding.message)")
                for (index, item) in finding.evidence.enumerated() {
                    lines.append("    \(index == 0 ? "Evidence:" : "         ") \(item.citedText)")
                }
                lines.append("    Next:     \(finding.suggestion)")
                lines.append("")
            }
        }
        if findings.isEmpty { lines.append("No gaps found.") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Markdown briefing with the same content as `text`.
    static func markdown(_ findings: [GapFinding], title: String, header: String) -> String {
        let e = MarkdownEscaping.escaped
        var lines = ["# \(e(title))", "", e(header), "", e(summary(findings)), ""]
        for severity in GapSeverity.allCases {
            let group = findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            lines.append("## \(heading(severity)) (\(group.count))")
            lines.append("")
            for finding in group { lines += markdownItem(finding) }
        }
        if findings.isEmpty { lines.append("No gaps found.") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One finding as a Markdown list item with its evidence and next step.
    static func markdownItem(_ finding: GapFinding) -> [String] {
        let e = MarkdownEscaping.escaped
        var lines = ["- **\(e(finding.detector))** — \(e(finding.message))"]
        for item in finding.evidence { lines.append("  - Evidence: \(e(item.citedText))") }
        lines.append("  - **Next:** \(e(finding.suggestion))")
        lines.append("")
        return lines
    }

    /// "12 findings: 5 high, 4 medium, 3 low".
    static func summary(_ findings: [GapFinding]) -> String {
        let counts = GapSeverity.allCases.map { severity in "\(findings.filter { $0.severity == severity }.count) \(severity.rawValue)" }
        return "\(GapText.count(findings.count, "finding")): \(counts.joined(separator: ", "))"
    }
}
