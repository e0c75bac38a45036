import StakeMapAnalysis
import StakeMapFormats

/// Gap findings as documents: a plain-text briefing grouped by severity, Markdown, CSV and JSON.
public struct GapsDocument: Sendable {
    /// The findings, high first.
    public let findings: [GapFinding]
    /// How they are worded.
    public let words: GapWords
    /// The header line.
    public let header: String
    /// The document title (Markdown).
    public let title: String

    /// A document of `findings` for `home` (an id, or nil for the whole network).
    public init(findings: [GapFinding], words: GapWords, home: String?, targets: Int, asOf: PartialDate?, audience: Audience) {
        self.findings = findings
        self.words = words
        let homeName = home.map { words.names($0) }
        header = words.wording.header(home: homeName.map { name in home.map { "\(name) (\($0))" } ?? name }, targets: targets,
                                      asOf: asOf, audience: audience)
        title = words.wording.title(home: homeName)
    }

    /// The summary line: "12 findings: 5 high, 4 medium, 3 low".
    public var summary: String {
        let count = { (severity: GapSeverity) in findings.filter { $0.severity == severity }.count }
        return words.wording.summary(total: findings.count, high: count(.high), medium: count(.medium), low: count(.low))
    }

    /// `{"findings": [...]}`.
    public func json() throws -> String { try JSONText.encode(GapsJSON(findings, words: words)) }

    /// One row per finding.
    public func csv() -> String {
        CSVText.render([["severity", "detector", "actors", "message", "suggestion", "evidence"]] + findings.map { finding in
            let sentences = words.sentences(finding)
            return [finding.severity.rawValue, finding.detector, finding.actors.joined(separator: " "), sentences.message,
                    sentences.suggestion, finding.evidence.map(words.citedText).joined(separator: " | ")]
        })
    }

    /// A plain-text briefing: a header line, then the findings by severity.
    public func text() -> String {
        var lines = [header, summary, ""]
        var number = 0
        let evidence = words.wording.phrase(.evidence), next = words.wording.phrase(.next)
        let pad = String(repeating: " ", count: max(evidence.count, next.count))
        func padded(_ label: String) -> String { label + String(repeating: " ", count: max(0, pad.count - label.count)) }
        for severity in GapSeverity.allCases {
            let group = findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            lines.append("\(words.wording.heading(severity)) (\(group.count))")
            lines.append("")
            for finding in group {
                number += 1
                let sentences = words.sentences(finding)
                lines.append(" \(number). [\(words.wording.detector(finding.detector))] \(sentences.message)")
                for (index, item) in finding.evidence.enumerated() {
                    lines.append("    \(index == 0 ? padded(evidence) : pad) \(words.citedText(item))")
                }
                lines.append("    \(padded(next)) \(sentences.suggestion)")
                lines.append("")
            }
        }
        if findings.isEmpty { lines.append(words.wording.phrase(.noGaps)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Markdown briefing with the same content as `text()`; in a right-to-left language, one
    /// `<div dir="rtl">` block with Latin names, ids, dates and citations in `<bdi>`.
    public func markdown() -> String {
        let e = GapsDocument.markdownEscape
        var lines = ["# \(e(title))", "", e(header), "", e(summary), ""]
        lines += GapsDocument.markdownSections(findings, words: words, level: "##")
        if findings.isEmpty { lines.append(e(words.wording.phrase(.noGaps))) }
        let body = lines.joined(separator: "\n")
        return (words.wording.language.isRightToLeft ? Bidi.rightToLeftBlock(body) : body) + "\n"
    }

    /// Markdown escaping, then the isolates as `<bdi>` elements.
    static func markdownEscape(_ text: String) -> String { Bidi.isolatesAsMarkup(MarkdownText.escape(text)) }

    /// The findings by severity as Markdown sections headed at `level` ("##").
    public static func markdownSections(_ findings: [GapFinding], words: GapWords, level: String) -> [String] {
        let e = markdownEscape
        var lines = [String]()
        for severity in GapSeverity.allCases {
            let group = findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            lines.append("\(level) \(e(words.wording.heading(severity))) (\(group.count))")
            lines.append("")
            for finding in group {
                let sentences = words.sentences(finding)
                lines.append("- **\(e(words.wording.detector(finding.detector)))** — \(e(sentences.message))")
                for item in finding.evidence { lines.append("  - \(e(words.wording.phrase(.evidence))) \(e(words.citedText(item)))") }
                lines.append("  - **\(e(words.wording.phrase(.next)))** \(e(sentences.suggestion))")
                lines.append("")
            }
        }
        return lines
    }
}
