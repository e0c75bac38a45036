/// What happened in one period of a network's history: the numbers `stats --over-time` prints
/// and the report's "network over time" section draws, from the same `TimeSlice`.
public struct PeriodSummary: Sendable, Hashable {
    /// The period's label (`2018`, `2018-Q3`, `2018-09`).
    public let label: String
    /// The period itself.
    public let span: DateSpan
    /// Actors with a tie or an event in the period.
    public let actorsActive: Int
    /// Ties dated in (or, for `start`/`end`, overlapping) the period.
    public let ties: Int
    /// Events in the period plus `met` ties in it.
    public let meetings: Int
    /// The density of the network the active actors form in the period (networkx `density`).
    public let density: Double
    /// Its number of connected components (networkx `number_connected_components`).
    public let components: Int
    /// The most connected actors of the period (by degree within it, ties broken by id), at most
    /// the number asked for.
    public let topActors: [String]
}

extension Graph {
    /// The network's history period by period: for each `period` from the first dated record to
    /// the last, what happened in it (`TimeSlice(.between(period), keepsUndated: false)`, so
    /// undated records are left out), seen through `options` (audience, kinds, direction).
    /// - Parameter top: how many of the period's most connected actors to name (0: none).
    /// - Complexity: O(periods × (actors + ties + events)), plus one degree ranking per period.
    public func history(by period: TimePeriod, options: NetworkOptions = NetworkOptions(), top: Int = 0) -> [PeriodSummary] {
        guard let span = dateSpan else { return [] }
        return period.periods(covering: span).map { label, window in
            let slice = sliced(TimeSlice(.between(window), keepsUndated: false))
            var active = Set<String>()
            for tie in slice.ties { active.formUnion([tie.from, tie.to]) }
            for event in slice.events { active.formUnion(event.attendees) }
            let network = Network(slice.subgraph(keeping: active), options: options)
            var leaders = [String]()
            if top > 0 {
                let degree = network.degreeCentrality()
                leaders = degree.ranking().prefix(top).filter { degree.values[$0] > 0 }.map { network.ids[$0] }
            }
            return PeriodSummary(label: label, span: window, actorsActive: network.nodeCount, ties: slice.ties.count,
                                 meetings: slice.events.count + slice.ties.filter { $0.kind == .met }.count,
                                 density: network.density, components: network.components().count, topActors: leaders)
        }
    }
}
