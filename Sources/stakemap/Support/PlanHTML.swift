import Foundation
import StakeMapAnalysis

/// The plan as one self-contained HTML page. Every string passes through `HTMLEscaping.escaped`.
enum PlanHTML {
    static func render(_ plan: MissionPlan, graph: Graph, audience: Audience) -> String {
        let h = HTMLEscaping.escaped
        func name(_ id: String) -> String { h(graph.actor(withID: id)?.displayName(in: "en") ?? id) }
        var body = [String]()
        body.append("<h1>Mission plan: \(name(plan.home))</h1>")
        body.append("<p class=\"meta\">As of \(h(plan.asOf?.description ?? "—")) · \(h(GapText.count(plan.targets.count, "target"))) · audience \(h(audience.rawValue))</p>")
        body.append("<h2>Targets</h2>")
        body.append("<table><thead><tr><th>Target</th><th>Status</th><th>Last met</th><th>Warmest route</th><th>Where</th></tr></thead><tbody>")
        for target in plan.targets {
            let last = target.lastMet.map { "\(h($0.date?.description ?? "undated")) by \(name($0.by))" + ($0.sources.isEmpty ? "" : " <span class=\"cite\">[\(h($0.sources.map(\.description).joined(separator: ", ")))]</span>") } ?? "—"
            let route = target.path.isEmpty ? "none" : target.path.map(name).joined(separator: " → ")
            let steps = target.steps.isEmpty ? "" : "<ul>" + target.steps.map { "<li>\(h($0))</li>" }.joined() + "</ul>"
            body.append("<tr class=\"\(h(target.status.rawValue))\"><td>\(name(target.id))\(target.holder.map { "<br><small>held by \(name($0))</small>" } ?? "")</td>"
                        + "<td>\(h(PlanText.statusTitle(target.status)))</td><td>\(last)</td><td>\(route)\(steps)</td>"
                        + "<td>\(h(PlanText.place(target.place, basis: target.placeBasis)))</td></tr>")
        }
        body.append("</tbody></table>")
        if !plan.intermediaries.isEmpty {
            body.append("<h2>Intermediaries</h2><ol>")
            for choice in plan.intermediaries {
                body.append("<li><strong>\(name(choice.id))</strong> opens \(choice.opens.map(name).joined(separator: ", ")). \(h(choice.reason))</li>")
            }
            body.append("</ol>")
        }
        body.append("<h2>Itinerary</h2>")
        for stop in plan.itinerary {
            body.append("<h3>\(h(stop.place ?? "Place not recorded — confirm"))</h3><ol>")
            for meeting in stop.meetings {
                body.append("<li>\(h(meeting.note)) <small>(\(h(meeting.purpose.rawValue)); \(h(meeting.placeBasis.phrase)))</small></li>")
            }
            body.append("</ol>")
        }
        if !plan.deferred.isEmpty {
            body.append("<h3>Not in this mission</h3><ul>" + plan.deferred.map { "<li>\(h($0.note))</li>" }.joined() + "</ul>")
        }
        body.append("<h2>Gaps that matter for this plan</h2>")
        for severity in GapSeverity.allCases {
            let group = plan.gaps.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            body.append("<h3 class=\"\(h(severity.rawValue))\">\(h(GapsOutput.heading(severity))) (\(group.count))</h3><ul>")
            for finding in group {
                let evidence = finding.evidence.map { "<li>\(h($0.citedText))</li>" }.joined()
                body.append("<li><strong>\(h(finding.detector))</strong> — \(h(finding.message))<ul>\(evidence)<li><strong>Next:</strong> \(h(finding.suggestion))</li></ul></li>")
            }
            body.append("</ul>")
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Mission plan: \(name(plan.home))</title>
            <style>
            body{font-family:system-ui,"Noto Sans","Noto Sans Arabic",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}
            tr.met td:nth-child(2){color:#1b7f3b}tr.reachable td:nth-child(2){color:#b26b00}tr.unreachable td:nth-child(2){color:#b00020}
            h3.high{color:#b00020}h3.medium{color:#b26b00}.meta,.cite,small{color:#666}
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }
}
