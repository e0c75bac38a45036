import StakeMap

/// What an output for one audience leaves out of a network: the counts the omission notice states.
public struct AudienceOmission: Sendable, Hashable {
    /// Actors above the audience.
    public var actors: Int
    /// Ties left out (above the audience, or to a left-out actor).
    public var ties: Int
    /// Events above the audience.
    public var events: Int
    /// Sources cited only by what is left out.
    public var sources: Int
    /// The least open audience that would see everything.
    public var keepingAudience: Audience

    /// What `graph.visible(to: audience)` leaves out of `graph`.
    /// - Complexity: O(size of the network).
    public init(of graph: Graph, for audience: Audience) {
        let visible = graph.visible(to: audience)
        self.init(of: graph, visible: visible)
    }

    /// What `visible` (a view of `graph` made for an audience) leaves out of `graph`.
    public init(of graph: Graph, visible: Graph) {
        actors = graph.actors.count - visible.actors.count
        ties = graph.ties.count - visible.ties.count
        events = graph.events.count - visible.events.count
        sources = graph.sources.count - visible.sources.count
        let highest = (graph.actors.map(\.sensitivity) + graph.ties.map(\.sensitivity) + graph.events.map(\.sensitivity)).max() ?? .public
        keepingAudience = Audience.allCases.first { $0.canSee(highest) } ?? .confidential
    }

    /// Whether nothing is left out.
    public var isEmpty: Bool { actors == 0 && ties == 0 && events == 0 && sources == 0 }

    /// The counts in words: `3 actors, 2 ties, 0 events and 1 source`.
    public var counts: String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        return "\(count(actors, "actor")), \(count(ties, "tie")), \(count(events, "event")) and \(count(sources, "source"))"
    }

    /// The one-line notice for standard error, or nil when nothing is left out.
    public func notice(for audience: Audience) -> String? {
        guard !isEmpty else { return nil }
        return "note: left out for the \(audience.rawValue) audience: \(counts); --audience \(keepingAudience.rawValue) keeps them"
    }
}
