import StakeMapAnalysis
import StakeMapFormats

/// The plan as one self-contained HTML page. Every string passes through `MarkupEscaping.escaped`.
public enum PlanHTML {
    /// The page of `plan` for `audience`, worded by `words`.
    public static func render(_ plan: MissionPlan, words: PlanWords, audience: Audience) -> String {
        page(title: words.wording.title(home: words.names(plan.home)), language: words.names.language,
             rightToLeft: words.wording.language.isRightToLeft, body: body(plan, words: words, audience: audience))
    }

    /// One page with the plan in each language of `words`, one under the other (English first,
    /// then Arabic in a right-to-left section), for a reader of either.
    public static func render(_ plan: MissionPlan, words: [PlanWords], audience: Audience) -> String {
        guard let first = words.first else { return "" }
        let sections = words.map { words in
            let rtl = words.wording.language.isRightToLeft
            return "<section lang=\"\(MarkupEscaping.escaped(words.names.language))\"\(rtl ? " dir=\"rtl\"" : "")>\n"
                + body(plan, words: words, audience: audience) + "\n</section>"
        }
        return page(title: first.wording.title(home: first.names(plan.home)), language: first.names.language,
                    rightToLeft: first.wording.language.isRightToLeft, body: sections.joined(separator: "\n<hr>\n"))
    }

    /// The body of the page: headings, the table of targets, intermediaries, itinerary, gaps.
    static func body(_ plan: MissionPlan, words: PlanWords, audience: Audience) -> String {
        let w = words.wording
        func h(_ text: String) -> String { Bidi.isolatesAsMarkup(MarkupEscaping.escaped(text)) }
        func name(_ id: String) -> String { h(w.name(words.names(id))) }
        var body = [String]()
        body.append("<h1>\(h(w.title(home: words.names(plan.home))))</h1>")
        body.append("<p class=\"meta\">\(h(w.meta(asOf: plan.asOf, targets: plan.targets.count, audience: audience)))</p>")
        body.append("<h2>\(h(w.phrase(.targets)))</h2>")
        let headers: [PlanPhrase] = [.target, .status, .lastMetHeader, .routeHeader, .whereHeader]
        body.append("<table><thead><tr>" + headers.map { "<th>\(h(w.phrase($0)))</th>" }.joined() + "</tr></thead><tbody>")
        for target in plan.targets {
            let last = target.lastMet.map {
                h(w.calendarLastMet(date: $0.date, by: words.names($0.by), sources: $0.sources.map(\.description)))
            } ?? "—"
            let route = target.path.isEmpty ? "—" : target.path.map(name).joined(separator: h(w.arrow))
            let stepTexts = words.steps(target)
            let steps = stepTexts.isEmpty ? "" : "<ul>" + stepTexts.map { "<li>\(h($0))</li>" }.joined() + "</ul>"
            let sole = target.soleIntermediaries.isEmpty ? "" : "<br><small>\(h(w.soleIntermediaries(words.names(target.soleIntermediaries))))</small>"
            body.append("<tr class=\"\(h(target.status.rawValue))\"><td>\(name(target.id))\(target.holder.map { "<br><small>\(h(w.heldBy(holder: words.names($0), record: nil, sources: [])))</small>" } ?? "")</td>"
                        + "<td>\(h(w.status(target.status)))</td><td>\(last)</td><td>\(route)\(steps)\(sole)</td>"
                        + "<td>\(h(w.place(target.place, basis: target.placeBasis)))</td></tr>")
        }
        body.append("</tbody></table>")
        if !plan.intermediaries.isEmpty {
            body.append("<h2>\(h(w.phrase(.intermediaries)))</h2><ol>")
            for choice in plan.intermediaries {
                body.append("<li><strong>\(name(choice.id))</strong> \(h(w.opens(targets: words.names(choice.opens)))) \(h(words.reason(choice, home: plan.home)))</li>")
            }
            body.append("</ol>")
        }
        body.append("<h2>\(h(w.phrase(.itinerary)))</h2>")
        for stop in plan.itinerary {
            body.append("<h3>\(h(stop.place.map { w.name($0) } ?? w.phrase(.unknownPlace)))</h3><ol>")
            for meeting in stop.meetings {
                body.append("<li>\(h(words.note(meeting, home: plan.home))) <small>(\(h(w.purpose(meeting.purpose) + w.semicolon + w.placeBasis(meeting.placeBasis))))</small></li>")
            }
            body.append("</ol>")
        }
        if !plan.deferred.isEmpty {
            body.append("<h3>\(h(w.phrase(.deferred)))</h3><ul>" + plan.deferred.map { "<li>\(h(words.note($0, home: plan.home)))</li>" }.joined() + "</ul>")
        }
        body.append("<h2>\(h(w.phrase(.gaps)))</h2>")
        let g = words.gaps
        for severity in GapSeverity.allCases {
            let group = plan.gaps.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            body.append("<h3 class=\"\(h(severity.rawValue))\">\(h(g.wording.heading(severity))) (\(group.count))</h3><ul>")
            for finding in group {
                let sentences = g.sentences(finding)
                let evidence = finding.evidence.map { "<li>\(h(g.citedText($0)))</li>" }.joined()
                body.append("<li><strong>\(h(g.wording.detector(finding.detector)))</strong> — \(h(sentences.message))<ul>\(evidence)<li><strong>\(h(g.wording.phrase(.next)))</strong> \(h(sentences.suggestion))</li></ul></li>")
            }
            body.append("</ul>")
        }
        return body.joined(separator: "\n")
    }

    /// The HTML page around `body`.
    static func page(title: String, language: String, rightToLeft: Bool, body: String) -> String {
        func h(_ text: String) -> String { Bidi.isolatesAsMarkup(MarkupEscaping.escaped(text)) }
        return """
            <!DOCTYPE html>
            <html lang="\(h(language))"\(rightToLeft ? " dir=\"rtl\"" : "")>
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(h(title))</title>
            <style>
            body{font-family:system-ui,"Noto Sans","Noto Sans Arabic",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:start}
            tr.met td:nth-child(2){color:#1b7f3b}tr.reachable td:nth-child(2){color:#b26b00}tr.unreachable td:nth-child(2){color:#b00020}
            h3.high{color:#b00020}h3.medium{color:#b26b00}.meta,.cite,small{color:#666}
            </style>
            </head>
            <body>
            \(body)
            </body>
            </html>

            """
    }
}
