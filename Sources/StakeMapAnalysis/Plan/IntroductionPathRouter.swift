/// Routes through the k best introduction paths of `Graph.introductionPaths(from:to:options:)`
/// (Yen 1971), with each step explained from its evidence.
public struct IntroductionPathRouter: IntroductionRouting {
    private let graph: Graph
    private let options: PathOptions

    /// A router over `graph` honouring `options.audience` (and its avoid set and lengths).
    public init(graph: Graph, options: PathOptions) {
        self.graph = graph
        self.options = options
    }

    /// The `k` best paths, cheapest first, each step explained.
    /// - Complexity: O(k · n · (m + n log n)).
    public func paths(from source: String, to target: String, k: Int) -> [RoutedPath] {
        guard k > 0 else { return [] }
        var options = self.options
        options.k = k
        return graph.introductionPaths(from: source, to: target, options: options).map { path in
            RoutedPath(actors: path.actors, cost: path.cost,
                       explanations: path.steps.map { $0.explanation(in: graph) })
        }
    }
}
