import StakeMap

/// The risky patterns the audit flags.
enum AuditRisks {
    /// Tags that mark an actor as exposed to threats for who they are or whom they meet.
    static let atRiskTags = ["activist", "defender", "peacebuilder", "human-rights", "hrd", "whrd", "at-risk", "journalist",
                             "survivor", "witness", "lawyer", "dissident", "protection"]

    /// Whether a tag marks an actor at risk (`women-activists`, `peacebuilders`, `human-rights-defender` …).
    static func isAtRisk(tag: String) -> Bool {
        let tag = tag.lowercased()
        return atRiskTags.contains { tag.contains($0) }
    }

    /// Every flag whose items `reader` may see, high first.
    static func flags(in graph: Graph, reader: Audience, visibleTo: [Audience: Graph]) -> [AuditFlag] {
        func readable(_ sensitivity: Sensitivity) -> Bool { reader.canSee(sensitivity) }
        var flags = [AuditFlag]()

        // A withheld actor at an event that a wider audience sees.
        for event in graph.events where readable(event.sensitivity) {
            for id in event.attendees {
                guard let actor = graph.actor(withID: id), actor.sensitivity > event.sensitivity, readable(actor.sensitivity) else { continue }
                flags.append(AuditFlag(
                    risk: .withheldAtVisibleEvent, severity: actor.sensitivity == .confidential ? .high : .medium, items: [actor.id, event.id],
                    finding: .withheldAtVisibleEvent(actor: actor.id, sensitivity: actor.sensitivity, event: event.id,
                                                     eventSensitivity: event.sensitivity)))
            }
        }

        // At-risk actors left public.
        for actor in graph.actors where actor.sensitivity == .public {
            let tags = actor.tags.filter(isAtRisk(tag:))
            guard !tags.isEmpty, [.person, .community].contains(actor.kind) else { continue }
            let person = actor.kind == .person
            flags.append(AuditFlag(
                risk: .unprotectedAtRisk, severity: person ? .high : .medium, items: [actor.id],
                finding: .unprotectedAtRisk(actor: actor.id, kind: actor.kind, tags: tags)))
        }

        // Ties less protected than one of their ends.
        for tie in graph.ties where readable(tie.sensitivity) {
            for id in [tie.from, tie.to] {
                guard let actor = graph.actor(withID: id), actor.sensitivity > tie.sensitivity, readable(actor.sensitivity) else { continue }
                flags.append(AuditFlag(
                    risk: .tieLessProtectedThanEnd, severity: .medium, items: [tie.from, tie.to],
                    finding: .tieLessProtected(from: tie.from, to: tie.to, kind: tie.kind, tieSensitivity: tie.sensitivity,
                                               actor: actor.id, sensitivity: actor.sensitivity)))
            }
        }

        flags += namedInText(graph, reader: reader, visibleTo: visibleTo)
        return flags.enumerated().sorted { ($0.element.severity.rank, $0.offset) < ($1.element.severity.rank, $1.offset) }.map(\.element)
    }

    /// Text an audience sees that names an actor withheld from that audience.
    private static func namedInText(_ graph: Graph, reader: Audience, visibleTo: [Audience: Graph]) -> [AuditFlag] {
        var flags = [AuditFlag]()
        var seen = Set<String>()
        for audience in Audience.allCases where audience != .confidential && reader.canSee(audience.clearance) {
            guard let view = visibleTo[audience] else { continue }
            let visibleIDs = Set(view.actors.map(\.id))
            let hidden = graph.actors.filter { !visibleIDs.contains($0.id) && reader.canSee($0.sensitivity) }
            guard !hidden.isEmpty else { continue }
            let names = hidden.map { actor in (actor, Set(actor.allNames.map(normalized).filter { $0.count >= 4 })) }
            var texts = [(item: String, what: VisibleText, text: String, source: Bool)]()
            for event in view.events {
                let parts = (event.name?.allValues ?? []) + [event.note, event.outcome].compactMap { $0 } + event.topics
                texts.append((event.id, .event(event.id), parts.joined(separator: " \u{1F} "), false))
            }
            for tie in view.ties {
                let parts = [tie.note, tie.outcome].compactMap { $0 }
                if !parts.isEmpty { texts.append(("\(tie.from) -\(tie.kind.rawValue)- \(tie.to)", .tie(from: tie.from, to: tie.to, kind: tie.kind), parts.joined(separator: " \u{1F} "), false)) }
            }
            for actor in view.actors {
                let parts = [actor.note].compactMap { $0 } + (actor.title?.allValues ?? [])
                if !parts.isEmpty { texts.append((actor.id, .record(actor.id), parts.joined(separator: " \u{1F} "), false)) }
            }
            for source in view.sources {
                let parts = (source.title?.allValues ?? []) + [source.note, source.url, source.file].compactMap { $0 }
                texts.append((source.id, .source(source.id), parts.joined(separator: " \u{1F} "), true))
            }
            for entry in texts {
                let text = normalized(entry.text)
                for (actor, forms) in names where forms.contains(where: text.contains) {
                    guard seen.insert("\(audience)|\(entry.item)|\(actor.id)").inserted else { continue }
                    flags.append(AuditFlag(
                        risk: entry.source ? .namedInSourceTitle : .namedInVisibleText, severity: .high, items: [actor.id, entry.item],
                        finding: .namedInText(entry.what, audience: audience, actor: actor.id, sensitivity: actor.sensitivity)))
                }
            }
        }
        return flags
    }

    /// Folded for matching: case, diacritics, Arabic marks and spacing.
    private static func normalized(_ text: String) -> String { ActorResolver.normalized(text).lowercased() }
}
