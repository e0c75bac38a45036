/// Data gaps: ties and events with no source, and meetings of the coalition or the targets with
/// no date (their freshness cannot be judged).
/// - Complexity: O(t + e).
public struct MissingDataDetector: GapDetector {
    /// Creates the detector.
    public init() {}

    /// `data-gap`.
    public var name: String { "data-gap" }

    /// At most three findings: unsourced ties, unsourced events, undated meetings.
    public func findings(in context: GapContext) -> [GapFinding] {
        var result = [GapFinding]()
        let concerns = { (ids: [String]) in ids.contains { context.isInCoalition($0) || context.isTarget($0) } }
        let unsourcedTies = context.graph.ties.filter { $0.sources.isEmpty }
        if !unsourcedTies.isEmpty {
            result.append(GapFinding(
                detector: name, severity: unsourcedTies.contains { concerns([$0.from, $0.to]) } ? .medium : .low,
                actors: Array(Set(unsourcedTies.flatMap { [$0.from, $0.to] })).sorted(),
                fact: .unsourcedTies(count: unsourcedTies.count),
                claims: unsourcedTies.map { .tie(from: $0.from, to: $0.to, kind: $0.kind, sourced: false) },
                evidence: unsourcedTies.prefix(10).map(context.evidence)))
        }
        let unsourcedEvents = context.graph.events.filter { $0.sources.isEmpty }
        if !unsourcedEvents.isEmpty {
            result.append(GapFinding(
                detector: name, severity: unsourcedEvents.contains { concerns($0.attendees) } ? .medium : .low,
                actors: unsourcedEvents.map(\.id),
                fact: .unsourcedEvents(count: unsourcedEvents.count),
                claims: unsourcedEvents.map { .event(id: $0.id, sourced: false) },
                evidence: unsourcedEvents.prefix(10).map(context.evidence)))
        }
        let undatedTies = context.graph.ties.filter { $0.kind == .met && $0.date == nil && concerns([$0.from, $0.to]) }
        let undatedEvents = context.graph.events.filter { $0.date == nil && $0.attendees.count > 1 && concerns($0.attendees) }
        if !undatedTies.isEmpty || !undatedEvents.isEmpty {
            result.append(GapFinding(
                detector: name, severity: .low,
                actors: Array(Set(undatedTies.flatMap { [$0.from, $0.to] } + undatedEvents.flatMap(\.attendees))).sorted(),
                fact: .undatedMeetings(home: context.home, pairs: undatedTies.map { [$0.from, $0.to] }, events: undatedEvents.map(\.id)),
                claims: undatedTies.map { .tie(from: $0.from, to: $0.to, kind: .met, dated: false) }
                    + undatedEvents.map { .event(id: $0.id, dated: false) },
                evidence: (undatedTies.map(context.evidence) + undatedEvents.map(context.evidence)).prefix(10).map { $0 }))
        }
        return result
    }
}
