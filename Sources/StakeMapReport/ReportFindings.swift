import Plot
import StakeMap
import StakeMapAnalysis
import StakeMapText

/// The gap findings, grouped by severity, each with its evidence and next step.
enum ReportFindings {
    /// The gaps section.
    static func section(_ analysis: ReportAnalysis) -> BodyNode {
        let language = analysis.options.language
        let findings = analysis.findings
        guard !findings.isEmpty else {
            return Markup.section(id: "gaps", title: ReportText.gaps, language,
                                  [Markup.element("p", Markup.phrase(ReportText.noGaps, language))])
        }
        let summary = Markup.element("p", Markup.class("summary"), .group(GapSeverity.allCases.map { severity in
            let count = findings.filter { $0.severity == severity }.count
            return Markup.element("span", Markup.class("badge \(severity.rawValue)"),
                                  .text("\(count) "), Markup.phrase(ReportText.severity(severity), language))
        }))
        var groups = [BodyNode]()
        for severity in GapSeverity.allCases {
            let group = findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            groups.append(Markup.element("h3", Markup.class("sev \(severity.rawValue)"), Markup.phrase(ReportText.severity(severity), language),
                                         .text(" (\(group.count))")))
            groups.append(Markup.element("ol", [Markup.class("findings")] + group.map { item($0, analysis: analysis) }))
        }
        return Markup.section(id: "gaps", title: ReportText.gaps, language, [summary] + groups)
    }

    private static func item(_ finding: GapFinding, analysis: ReportAnalysis) -> BodyNode {
        let language = analysis.options.language
        let prose = ReportProse(language, graph: analysis.graph)
        var nodes: [BodyNode] = [
            Markup.class("finding \(finding.severity.rawValue)"),
            Markup.element("div", Markup.class("message"), Markup.element("bdi", Markup.class("detector"), .text(finding.detector)), .text(" "),
                           prose.node(prose.gaps, element: language == .both ? "div" : "span") { $0.sentences(finding).message }),
        ]
        if !finding.evidence.isEmpty {
            nodes.append(Markup.element("details",
                                        Markup.element("summary", Markup.phrase(ReportText.evidence, language), .text(" (\(finding.evidence.count))")),
                                        Markup.element("ul", finding.evidence.map { item in
                                            prose.node(prose.gaps, element: "li") { $0.citedText(item) }
                                        })))
        }
        nodes.append(Markup.element("div", Markup.class("next"), Markup.element("strong", Markup.phrase(ReportText.next, language), .text(": ")),
                                    prose.node(prose.gaps) { $0.sentences(finding).suggestion }))
        return Markup.element("li", nodes)
    }
}
