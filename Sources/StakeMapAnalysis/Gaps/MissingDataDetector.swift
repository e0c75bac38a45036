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
                message: "\(GapText.count(unsourcedTies.count, "tie")) \(unsourcedTies.count == 1 ? "has" : "have") no source.",
                suggestion: "Cite where each tie is stated (a report, minutes, an article: SOURCE-ID#locator), or mark it confidence: unverified.",
                evidence: unsourcedTies.prefix(10).map(context.evidence)))
        }
        let unsourcedEvents = context.graph.events.filter { $0.sources.isEmpty }
        if !unsourcedEvents.isEmpty {
            result.append(GapFinding(
                detector: name, severity: unsourcedEvents.contains { concerns($0.attendees) } ? .medium : .low,
                actors: unsourcedEvents.map(\.id),
                message: "\(GapText.count(unsourcedEvents.count, "event")) \(unsourcedEvents.count == 1 ? "has" : "have") no source.",
                suggestion: "Cite the invitation, report or minutes of each event.",
                evidence: unsourcedEvents.prefix(10).map(context.evidence)))
        }
        let undatedTies = context.graph.ties.filter { $0.kind == .met && $0.date == nil && concerns([$0.from, $0.to]) }
        let undatedEvents = context.graph.events.filter { $0.date == nil && $0.attendees.count > 1 && concerns($0.attendees) }
        if !undatedTies.isEmpty || !undatedEvents.isEmpty {
            let count = undatedTies.count + undatedEvents.count
            result.append(GapFinding(
                detector: name, severity: .low,
                actors: Array(Set(undatedTies.flatMap { [$0.from, $0.to] } + undatedEvents.flatMap(\.attendees))).sorted(),
                message: "\(GapText.count(count, "meeting")) involving \(context.home.map { context.name($0) } ?? "the targets") \(count == 1 ? "has" : "have") no date, so \(count == 1 ? "its" : "their") freshness cannot be judged: \(GapText.list((undatedTies.map { "\(context.name($0.from)) – \(context.name($0.to))" } + undatedEvents.map { $0.displayName(in: "en") }).prefix(4).map { $0 }))\(count > 4 ? " …" : "").",
                suggestion: "Add at least the year (or year-month) of each meeting from the minutes or reports.",
                evidence: (undatedTies.map(context.evidence) + undatedEvents.map(context.evidence)).prefix(10).map { $0 }))
        }
        return result
    }
}
