import StakeMapAnalysis

/// The plan as a Markdown briefing a coordinator can act on.
enum PlanMarkdown {
    static func render(_ plan: MissionPlan, graph: Graph, audience: Audience) -> String {
        let e = MarkdownEscaping.escaped
        func name(_ id: String) -> String { e(graph.actor(withID: id)?.displayName(in: "en") ?? id) }
        let covered = { (target: TargetPlan) in target.holder.map { holder in plan.targets.contains { $0.id == holder } } ?? false }
        let shown = plan.targets.filter { !covered($0) }
        var lines = ["# Mission plan: \(name(plan.home))", ""]
        lines.append("As of \(plan.asOf?.description ?? "—") · \(GapText.count(plan.targets.count, "target")) · audience \(audience.rawValue)")
        lines.append("")
        lines.append("## At a glance")
        lines.append("")
        for status in TargetStatus.allCases {
            let group = shown.filter { $0.status == status }
            guard !group.isEmpty else { continue }
            lines.append("- **\(PlanText.statusTitle(status))** (\(group.count)): " + group.map { PlanText.short($0, name: name) }.joined(separator: "; "))
        }
        if !plan.intermediaries.isEmpty {
            lines.append("- **Fewest intermediaries that open every target:** " + plan.intermediaries.map { name($0.id) }.joined(separator: ", "))
        }
        let high = plan.gaps.filter { $0.severity == .high }.count
        lines.append("- **Gaps that matter:** \(GapText.count(plan.gaps.count, "finding")) (\(high) high) — see below")
        lines.append("")
        if shown.count < plan.targets.count {
            lines.append("- **Posts** (\(plan.targets.count - shown.count)) are covered by their holders above: "
                         + plan.targets.filter(covered).map { name($0.id) }.joined(separator: "; "))
        }
        lines.append("")
        lines.append("## Targets")
        lines.append("")
        lines.append("Routes are the warmest introduction paths; cost is the sum of 1/strength along the route (lower is warmer).")
        lines.append("")
        for target in shown {
            lines.append("### \(name(target.id)) — \(PlanText.statusTitle(target.status))")
            lines.append("")
            if let title = graph.actor(withID: target.holder ?? target.id)?.title?.text(in: "en") { lines.append("*\(e(title))*"); lines.append("") }
            if let holder = target.holder {
                lines.append("- Post held by \(name(holder)) on the latest record\(PlanText.holdsNote(target, graph: graph).map { " (\(e($0)))" } ?? "")")
            }
            for post in plan.targets where post.holder == target.id && covered(post) {
                lines.append("- Also covers the post \(name(post.id))\(PlanText.holdsNote(post, graph: graph).map { " (holds: \(e($0)))" } ?? "")")
            }
            if let last = target.lastMet {
                lines.append("- Last met: \(e(last.date?.description ?? "undated")) by \(name(last.by))"
                             + (last.place.map { ", \(e($0))" } ?? "") + (last.event.map { ", at \(name($0))" } ?? "")
                             + (last.sources.isEmpty ? " [no source]" : " [\(e(last.sources.map(\.description).joined(separator: ", ")))]"))
            } else {
                lines.append("- Never met by \(name(plan.home)) or its members")
            }
            if target.path.isEmpty {
                lines.append("- No route: no chain of relationships links \(name(plan.home)) to this target")
            } else {
                lines.append("- Warmest route: " + target.path.map(name).joined(separator: " → ")
                             + (target.cost.map { String(format: " (cost %.2f)", $0) } ?? ""))
                for (index, step) in target.steps.enumerated() where index + 1 < target.path.count {
                    lines.append("  - \(name(target.path[index])) → \(name(target.path[index + 1])): \(e(step))")
                }
            }
            for alternative in target.alternatives {
                lines.append("- Alternative: " + alternative.actors.map(name).joined(separator: " → ") + String(format: " (cost %.2f)", alternative.cost))
            }
            if let opener = target.openedBy { lines.append("- Opened by: \(name(opener))") }
            if target.status == .reachable && target.alternatives.isEmpty, !target.path.isEmpty {
                let middle = target.path.dropFirst().dropLast().filter { $0 != target.holder }
                if !middle.isEmpty { lines.append("- No other route avoids \(middle.map(name).joined(separator: ", ")): a single point of failure") }
            }
            lines.append("- Where: \(e(PlanText.place(target.place, basis: target.placeBasis)))")
            lines.append("")
        }
        if !plan.intermediaries.isEmpty {
            lines.append("## Intermediaries")
            lines.append("")
            lines.append("The fewest intermediaries that open every reachable target not yet met (greedy set cover: each pick opens the most targets still closed; members of the coalition first on a tie).")
            lines.append("")
            for (index, choice) in plan.intermediaries.enumerated() {
                lines.append("\(index + 1). **\(name(choice.id))** opens \(choice.opens.map(name).joined(separator: ", ")). \(e(choice.reason))")
            }
            lines.append("")
        }
        lines.append("## Itinerary")
        lines.append("")
        if plan.itinerary.isEmpty { lines.append("No meeting to propose."); lines.append("") }
        var number = 0
        for stop in plan.itinerary {
            let basis = Set(stop.meetings.map(\.placeBasis))
            let caveat = basis.contains(.country) ? " (country of record — confirm the venue)" : ""
            lines.append("### \(e(stop.place ?? "Place not recorded — confirm"))\(caveat)")
            lines.append("")
            for meeting in stop.meetings {
                number += 1
                lines.append("\(number). \(e(meeting.note)) *(\(meeting.purpose.rawValue); \(meeting.placeBasis.phrase))*")
            }
            lines.append("")
        }
        if !plan.deferred.isEmpty {
            lines.append("### Not in this mission (--places / --max-meetings)")
            lines.append("")
            for meeting in plan.deferred { lines.append("- \(e(meeting.note)) (\(e(meeting.place ?? "place not recorded")))") }
            lines.append("")
        }
        lines.append("## Gaps that matter for this plan")
        lines.append("")
        if plan.gaps.isEmpty { lines.append("None found.") }
        for severity in GapSeverity.allCases {
            let group = plan.gaps.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            lines.append("### \(GapsOutput.heading(severity)) (\(group.count))")
            lines.append("")
            for finding in group { lines += GapsOutput.markdownItem(finding) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Phrases shared by the plan's Markdown, HTML and calendar forms.
enum PlanText {
    static func statusTitle(_ status: TargetStatus) -> String {
        switch status {
        case .met: "met"
        case .direct: "direct tie, never met"
        case .reachable: "reachable through intermediaries"
        case .unreachable: "unreachable"
        }
    }

    static func short(_ target: TargetPlan, name: (String) -> String) -> String {
        var text = name(target.id)
        if let date = target.lastMet?.date { text += " (last met \(date))" }
        if target.status == .reachable, let via = target.openedBy ?? target.path.dropFirst().first { text += " via \(name(via))" }
        return text
    }

    static func place(_ place: String?, basis: PlaceBasis) -> String {
        switch basis {
        case .actor: place ?? "not recorded"
        case .lastMeeting: "\(place ?? "?") (where they last met)"
        case .post: "\(place ?? "?") (the post's place)"
        case .country: "\(place ?? "?") (country of record; confirm the venue)"
        case .unknown: "not recorded — confirm before the mission"
        }
    }

    static func holdsNote(_ target: TargetPlan, graph: Graph) -> String? {
        guard let holder = target.holder,
              let tie = graph.ties.first(where: { $0.kind == .holds && $0.from == holder && $0.to == target.id }) else { return nil }
        var parts = [String]()
        if let date = tie.date { parts.append("recorded \(date)") }
        if !tie.sources.isEmpty { parts.append(tie.sources.map(\.description).joined(separator: ", ")) }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
