/// Routes through the k best introduction paths (Yen 1971), with each step explained from its
/// evidence. The network is prepared once (`IntroductionPathFinder`) for all the routes asked.
public struct IntroductionPathRouter: IntroductionRouting {
    private let finder: IntroductionPathFinder

    /// A router over `graph` honouring `options.audience` (and its avoid set and lengths).
    public init(graph: Graph, options: PathOptions) {
        finder = IntroductionPathFinder(graph: graph, options: options)
    }

    /// The `k` best paths, cheapest first, each step explained.
    /// - Complexity: O(k · n · (m + n log n)).
    public func paths(from source: String, to target: String, k: Int) -> [RoutedPath] {
        guard k > 0 else { return [] }
        return finder.paths(from: source, to: target, k: k).map { path in
            RoutedPath(actors: path.actors, cost: path.cost,
                       explanations: path.steps.map(\.explanation))
        }
    }
}
