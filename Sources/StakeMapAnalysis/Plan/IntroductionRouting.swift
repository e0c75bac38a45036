/// A route from one actor to another through intermediaries, with its cost (lower is warmer).
public struct RoutedPath: Sendable, Hashable, Codable {
    /// The actors from the start to the end, by id.
    public var actors: [String]
    /// The sum of the step lengths (1/strength per tie by default).
    public var cost: Double
    /// One explanation per step (its evidence, worded by StakeMapText), when the router gives them.
    public var explanations: [StepExplanation]

    /// Creates a path.
    public init(actors: [String], cost: Double, explanations: [StepExplanation] = []) {
        self.actors = actors
        self.cost = cost
        self.explanations = explanations
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
    /// Up to `k` paths, warmest first.
    func paths(from source: String, to target: String, k: Int) -> [RoutedPath]
}

extension IntroductionRouting {
    /// The warmest path: the first of `paths(from:to:k:)`.
    public func warmestPath(from source: String, to target: String) -> RoutedPath? {
        paths(from: source, to: target, k: 1).first
    }
}
