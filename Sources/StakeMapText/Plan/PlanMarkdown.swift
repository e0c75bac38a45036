import StakeMapAnalysis

/// The plan as a Markdown briefing a coordinator can act on.
public enum PlanMarkdown {
    /// The briefing of `plan` for `audience`, worded by `words`.
    public static func render(_ plan: MissionPlan, words: PlanWords, audience: Audience) -> String {
        let e = GapsDocument.markdownEscape, w = words.wording, graph = words.names.graph
        func name(_ id: String) -> String { e(w.name(words.names(id))) }
        func names(_ ids: [String]) -> [String] { ids.map(name) }
        let covered = { (target: TargetPlan) in target.holder.map { holder in plan.targets.contains { $0.id == holder } } ?? false }
        let shown = plan.targets.filter { !covered($0) }
        var lines = ["# \(e(w.title(home: words.names(plan.home))))", ""]
        lines += [e(w.meta(asOf: plan.asOf, targets: plan.targets.count, audience: audience)), ""]
        lines += ["## \(e(w.phrase(.atAGlance)))", ""]
        for status in TargetStatus.allCases {
            let group = shown.filter { $0.status == status }
            guard !group.isEmpty else { continue }
            lines.append("- **\(e(w.status(status)))** (\(group.count)): " + group.map { target in
                let via = target.status == .reachable ? target.openedBy.map { words.names($0) } : nil
                return e(w.glance(target: words.names(target.id), lastMet: target.lastMet?.date, via: via))
            }.joined(separator: w.semicolon))
        }
        if !plan.intermediaries.isEmpty {
            lines.append("- **\(e(w.phrase(.fewestIntermediaries)))** " + names(plan.intermediaries.map(\.id)).joined(separator: w.comma))
        }
        lines.append("- **\(e(w.phrase(.gaps))):** \(e(w.gapsLine(total: plan.gaps.count, high: plan.gaps.filter { $0.severity == .high }.count)))")
        lines.append("")
        if shown.count < plan.targets.count {
            lines.append("- \(e(w.postsCovered(count: plan.targets.count - shown.count))) " + names(plan.targets.filter(covered).map(\.id)).joined(separator: w.semicolon))
        }
        lines += ["", "## \(e(w.phrase(.targets)))", "", e(w.phrase(.routesNote)), ""]
        for target in shown {
            lines += ["### \(name(target.id)) — \(e(w.status(target.status)))", ""]
            if let title = graph.actor(withID: target.holder ?? target.id)?.title?.text(in: words.names.language) { lines += ["*\(e(w.name(title)))*", ""] }
            if let holder = target.holder {
                let tie = holding(holder, target.id, graph)
                lines.append("- " + e(w.heldBy(holder: words.names(holder), record: tie?.date, sources: tie?.sources.map(\.description) ?? [])))
            }
            for post in plan.targets where post.holder == target.id && covered(post) {
                let tie = holding(target.id, post.id, graph)
                lines.append("- " + e(w.coversPost(post: words.names(post.id), record: tie?.date, sources: tie?.sources.map(\.description) ?? [])))
            }
            if let last = target.lastMet {
                lines.append("- " + e(w.lastMet(date: last.date, by: words.names(last.by), place: last.place, event: last.event.map { words.names($0) },
                                                sources: last.sources.map(\.description))))
            } else {
                lines.append("- " + e(w.neverMet(home: words.names(plan.home))))
            }
            if target.path.isEmpty {
                lines.append("- " + e(w.noRoute(home: words.names(plan.home))))
            } else {
                lines.append("- " + e(w.warmestRoute(words.names(target.path), cost: target.cost)))
                for (index, step) in words.steps(target).enumerated() where index + 1 < target.path.count {
                    lines.append("  - \(name(target.path[index]))\(w.arrow)\(name(target.path[index + 1])): \(e(step))")
                }
            }
            for alternative in target.alternatives { lines.append("- " + e(w.alternative(words.names(alternative.actors), cost: alternative.cost))) }
            if let opener = target.openedBy { lines.append("- " + e(w.openedBy(words.names(opener)))) }
            if !target.soleIntermediaries.isEmpty { lines.append("- " + e(w.soleIntermediaries(words.names(target.soleIntermediaries)))) }
            lines += ["- " + e(w.whereLine(w.place(target.place, basis: target.placeBasis))), ""]
        }
        if !plan.intermediaries.isEmpty {
            lines += ["## \(e(w.phrase(.intermediaries)))", "", e(w.phrase(.intermediariesNote)), ""]
            for (index, choice) in plan.intermediaries.enumerated() {
                lines.append("\(index + 1). **\(name(choice.id))** \(e(w.opens(targets: words.names(choice.opens)))) \(e(words.reason(choice, home: plan.home)))")
            }
            lines.append("")
        }
        lines += ["## \(e(w.phrase(.itinerary)))", ""]
        if plan.itinerary.isEmpty { lines += [e(w.phrase(.noMeeting)), ""] }
        var number = 0
        for stop in plan.itinerary {
            let caveat = stop.meetings.contains { $0.placeBasis == .country } ? " " + e(w.phrase(.countryCaveat)) : ""
            lines += ["### \(e(stop.place.map { w.name($0) } ?? w.phrase(.unknownPlace)))\(caveat)", ""]
            for meeting in stop.meetings {
                number += 1
                lines.append("\(number). \(e(words.note(meeting, home: plan.home))) *(\(e(w.purpose(meeting.purpose) + w.semicolon + w.placeBasis(meeting.placeBasis))))*")
            }
            lines.append("")
        }
        if !plan.deferred.isEmpty {
            lines += ["### \(e(w.phrase(.deferred)))", ""]
            for meeting in plan.deferred {
                lines.append("- \(e(words.note(meeting, home: plan.home))) (\(e(meeting.place.map { w.name($0) } ?? w.placeBasis(.unknown))))")
            }
            lines.append("")
        }
        lines += ["## \(e(w.phrase(.gaps)))", ""]
        if plan.gaps.isEmpty { lines.append(e(w.phrase(.noneFound))) }
        lines += GapsDocument.markdownSections(plan.gaps, words: words.gaps, level: "###")
        let body = lines.joined(separator: "\n")
        return (w.language.isRightToLeft ? Bidi.rightToLeftBlock(body) : body) + "\n"
    }

    /// The briefing in each language of `words`, one under the other (English first, then the
    /// Arabic in its `dir="rtl"` block), separated by a rule.
    public static func render(_ plan: MissionPlan, words: [PlanWords], audience: Audience) -> String {
        words.map { render(plan, words: $0, audience: audience) }.joined(separator: "\n---\n\n")
    }

    /// The `holds` tie of `person` to `post`, if on record.
    static func holding(_ person: String, _ post: String, _ graph: Graph) -> Tie? {
        graph.ties.first { $0.kind == .holds && $0.from == person && $0.to == post }
    }
}
