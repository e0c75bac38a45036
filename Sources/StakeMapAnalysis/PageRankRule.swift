/// The one PageRank of every command (`centrality`, `render --size-by`, `diff`, `report`): the
/// same weighting rule and the same refusal of an iteration that gave up.
///
/// Unweighted unless `weighted`, as every other measure: without it the values equal networkx
/// `pagerank(G, weight=None)`, with it `pagerank(G, weight="weight")` (strength, or the exact
/// `weight` a file gave); `home` personalizes the jump under the same rule (`personalization=`).
///
/// ```swift
/// let scores = try PageRankRule(weighted: false).checkedScores(on: network)
/// ```
public struct PageRankRule: Sendable, Hashable {
    /// Whether walkers follow ties in proportion to their strength.
    public var weighted: Bool
    /// Node indices the walk restarts from (personalized PageRank); empty for the uniform jump.
    public var home: [Int32]
    /// The iteration limit after which the values are refused.
    public var maxIterations: Int

    /// Creates the rule: unweighted and uniform unless asked.
    public init(weighted: Bool = false, home: [Int32] = [], maxIterations: Int = 10_000) {
        self.weighted = weighted
        self.home = home
        self.maxIterations = maxIterations
    }

    /// The networkx call the values equal (for `--help` and the docs).
    public var networkxEquivalent: String {
        let weight = weighted ? "weight=\"weight\"" : "weight=None"
        return home.isEmpty ? "pagerank(G, \(weight))" : "pagerank(G, \(weight), personalization=…)"
    }

    /// The scores, with `converged` false when the iteration gave up (α = 0.85, tolerance 1e-11).
    /// - Complexity: O((n + m) × iterations), as `Network.pageRank`.
    public func scores(on network: Network) -> CentralityScores {
        network.pageRank(home: home, weighted: weighted, maxIterations: maxIterations)
    }

    /// The scores; an `invalidInput` error (exit 1 in the command) when the iteration gave up,
    /// never the last iterate as if it were a measure.
    /// - Complexity: as `scores(on:)`.
    public func checkedScores(on network: Network) throws(StakeMapError) -> CentralityScores {
        let scores = scores(on: network)
        guard scores.converged else { throw StakeMapError(.invalidInput, Self.nonConvergence) }
        return scores
    }

    /// What an iteration that gave up is told (networkx raises `PowerIterationFailedConvergence`).
    public static let nonConvergence = "pagerank did not converge within its iteration limit (networkx raises PowerIterationFailedConvergence here)"
}
