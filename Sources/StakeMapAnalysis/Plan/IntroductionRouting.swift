/// A route from one actor to another through intermediaries, with its cost (lower is warmer).
public struct RoutedPath: Sendable, Hashable, Codable {
    /// The actors from the start to the end, by id.
    public var actors: [String]
    /// The sum of the step lengths (1/strength per tie by default).
    public var cost: Double

    /// Creates a path.
    public init(actors: [String], cost: Double) {
        self.actors = actors
        self.cost = cost
    }

    /// The actors strictly between the ends.
    public var intermediaries: [String] { actors.count > 2 ? Array(actors.dropFirst().dropLast()) : [] }
}

/// Finds the warmest introduction path between two actors.
///
/// The gap detectors and the mission planner depend on this small protocol only, so that the
/// route finder can be the plain Dijkstra router (`WarmestPathRouter`) or the k-best
/// introduction paths of `Graph.introductionPaths(from:to:options:)`.
public protocol IntroductionRouting: Sendable {
    /// The warmest path from `source` to `target`, or nil when none exists.
    func warmestPath(from source: String, to target: String) -> RoutedPath?
}
