import StakeMap

extension Graph {
    /// The protection audit of the network, prepared for `reader`.
    ///
    /// Counts what each audience (up to `reader`) would see, lists every actor, tie, event and
    /// source withheld from some audience, and flags risky patterns (see `AuditFlag.Risk`).
    /// Nothing above `reader` is named or counted: an audit for the `internal` audience says
    /// nothing of confidential items, so it can be shared as widely as any other output.
    /// - Complexity: O(audiences · (V + E + Σ attendees)) for the views, plus
    ///   O(withheld names · visible text) for the name checks.
    public func audit(for reader: Audience = .confidential) -> DataAudit {
        let audiences = Audience.allCases.filter { reader.canSee($0.clearance) }
        let visibleTo = Dictionary(uniqueKeysWithValues: Audience.allCases.map { ($0, visible(to: $0)) })
        let views = audiences.map { audience -> AudienceView in
            let graph = visibleTo[audience] ?? self
            return AudienceView(audience: audience, actors: graph.actors.count, ties: graph.ties.count,
                                events: graph.events.count, sources: graph.sources.count)
        }
        let known = visibleTo[reader] ?? self
        let withheld = AuditWithheld.items(in: self, known: known, visibleTo: visibleTo, audiences: audiences)
        let flags = AuditRisks.flags(in: self, reader: reader, visibleTo: visibleTo)
        return DataAudit(reader: reader, views: views, withheld: withheld, flags: flags)
    }
}

/// The items withheld from some audience.
enum AuditWithheld {
    /// Every actor, tie, event and source of `known` missing from some audience's view.
    static func items(in graph: Graph, known: Graph, visibleTo: [Audience: Graph], audiences: [Audience]) -> [WithheldItem] {
        let actorSets = visibleTo.mapValues { Set($0.actors.map(\.id)) }
        let tieSets = visibleTo.mapValues { Set($0.ties) }
        let eventSets = visibleTo.mapValues { Set($0.events.map(\.id)) }
        let sourceSets = visibleTo.mapValues { Set($0.sources.map(\.id)) }
        var items = [WithheldItem]()
        for actor in known.actors {
            let from = audiences.filter { !(actorSets[$0] ?? []).contains(actor.id) }
            guard !from.isEmpty else { continue }
            items.append(WithheldItem(kind: .actor, id: actor.id, sensitivity: actor.sensitivity,
                                      withheldFrom: from, reason: .sensitivity(actor.sensitivity)))
        }
        for tie in known.ties {
            let from = audiences.filter { !(tieSets[$0] ?? []).contains(tie) }
            guard !from.isEmpty else { continue }
            let ends = [tie.from, tie.to].compactMap(graph.actor(withID:)).filter { $0.sensitivity > tie.sensitivity }.map(\.id)
            let reason: WithheldReason = ends.isEmpty ? .sensitivity(tie.sensitivity) : .moreSensitiveEnds(tie.sensitivity, ends: ends)
            items.append(WithheldItem(kind: .tie, id: "\(tie.from) -\(tie.kind.rawValue)- \(tie.to)",
                                      tie: .init(from: tie.from, to: tie.to, kind: tie.kind, date: tie.date),
                                      sensitivity: tie.sensitivity, withheldFrom: from, reason: reason))
        }
        for event in known.events {
            let from = audiences.filter { !(eventSets[$0] ?? []).contains(event.id) }
            guard !from.isEmpty else { continue }
            items.append(WithheldItem(kind: .event, id: event.id, sensitivity: event.sensitivity,
                                      withheldFrom: from, reason: .sensitivity(event.sensitivity)))
        }
        for source in known.sources {
            let from = audiences.filter { !(sourceSets[$0] ?? []).contains(source.id) }
            guard !from.isEmpty else { continue }
            let sensitivity = from.last.map { audience in Sensitivity.allCases.first { !audience.canSee($0) } ?? .confidential } ?? .public
            items.append(WithheldItem(kind: .source, id: source.id, sensitivity: sensitivity,
                                      withheldFrom: from, reason: .citedOnlyByWithheld))
        }
        return items
    }
}
