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
        func name(_ id: String) -> String { graph.actor(withID: id)?.displayName(in: "en") ?? id }
        func readable(_ sensitivity: Sensitivity) -> Bool { reader.canSee(sensitivity) }
        var flags = [AuditFlag]()

        // A withheld actor at an event that a wider audience sees.
        for event in graph.events where readable(event.sensitivity) {
            for id in event.attendees {
                guard let actor = graph.actor(withID: id), actor.sensitivity > event.sensitivity, readable(actor.sensitivity) else { continue }
                flags.append(AuditFlag(
                    risk: .withheldAtVisibleEvent, severity: actor.sensitivity == .confidential ? .high : .medium, items: [actor.id, event.id],
                    message: "\(actor.displayName(in: "en")) (\(actor.sensitivity.rawValue)) is recorded at \(event.displayName(in: "en")), "
                        + "which is \(event.sensitivity.rawValue): the event, its date, place and the others present stay visible",
                    suggestion: "mark the event \(actor.sensitivity.rawValue), or check that its name, note and outcome do not let a reader "
                        + "infer who else was there"))
            }
        }

        // At-risk actors left public.
        for actor in graph.actors where actor.sensitivity == .public {
            let tags = actor.tags.filter(isAtRisk(tag:))
            guard !tags.isEmpty, [.person, .community].contains(actor.kind) else { continue }
            let person = actor.kind == .person
            flags.append(AuditFlag(
                risk: .unprotectedAtRisk, severity: person ? .high : .medium, items: [actor.id],
                message: "\(actor.displayName(in: "en")) is a \(actor.kind.rawValue) tagged \(tags.joined(separator: ", ")) and is public: "
                    + "name, ties and meetings go into every output",
                suggestion: person ? "mark them restricted (or confidential), unless they speak publicly in this role and agreed to be listed"
                    : "mark the group restricted if naming it, or its meetings, could expose its members"))
        }

        // Ties less protected than one of their ends.
        for tie in graph.ties where readable(tie.sensitivity) {
            for id in [tie.from, tie.to] {
                guard let actor = graph.actor(withID: id), actor.sensitivity > tie.sensitivity, readable(actor.sensitivity) else { continue }
                flags.append(AuditFlag(
                    risk: .tieLessProtectedThanEnd, severity: .medium, items: [tie.from, tie.to],
                    message: "the \(tie.kind.rawValue) tie \(name(tie.from)) – \(name(tie.to)) is \(tie.sensitivity.rawValue) "
                        + "but \(actor.displayName(in: "en")) is \(actor.sensitivity.rawValue): it is withheld only because of the actor",
                    suggestion: "mark the tie \(actor.sensitivity.rawValue) too, so that it stays withheld if the actor's record "
                        + "changes or the tie is copied elsewhere"))
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
            var texts = [(item: String, what: String, text: String, source: Bool)]()
            for event in view.events {
                let parts = (event.name?.allValues ?? []) + [event.note, event.outcome].compactMap { $0 } + event.topics
                texts.append((event.id, "event \(event.displayName(in: "en"))", parts.joined(separator: " \u{1F} "), false))
            }
            for tie in view.ties {
                let parts = [tie.note, tie.outcome].compactMap { $0 }
                if !parts.isEmpty { texts.append(("\(tie.from) -\(tie.kind.rawValue)- \(tie.to)", "a \(tie.kind.rawValue) tie", parts.joined(separator: " \u{1F} "), false)) }
            }
            for actor in view.actors {
                let parts = [actor.note].compactMap { $0 } + (actor.title?.allValues ?? [])
                if !parts.isEmpty { texts.append((actor.id, "\(actor.displayName(in: "en"))'s record", parts.joined(separator: " \u{1F} "), false)) }
            }
            for source in view.sources {
                let parts = (source.title?.allValues ?? []) + [source.note, source.url, source.file].compactMap { $0 }
                texts.append((source.id, "source \(source.id)", parts.joined(separator: " \u{1F} "), true))
            }
            for entry in texts {
                let text = normalized(entry.text)
                for (actor, forms) in names where forms.contains(where: text.contains) {
                    guard seen.insert("\(audience)|\(entry.item)|\(actor.id)").inserted else { continue }
                    flags.append(AuditFlag(
                        risk: entry.source ? .namedInSourceTitle : .namedInVisibleText, severity: .high, items: [actor.id, entry.item],
                        message: "\(entry.what) is visible to the \(audience.rawValue) audience and names \(actor.displayName(in: "en")), "
                            + "which is \(actor.sensitivity.rawValue)",
                        suggestion: entry.source ? "give the source a neutral title (or mark what cites it \(actor.sensitivity.rawValue))"
                            : "reword the text without the name, or mark the item \(actor.sensitivity.rawValue)"))
                }
            }
        }
        return flags
    }

    /// Folded for matching: case, diacritics, Arabic marks and spacing.
    private static func normalized(_ text: String) -> String { ActorResolver.normalized(text).lowercased() }
}
