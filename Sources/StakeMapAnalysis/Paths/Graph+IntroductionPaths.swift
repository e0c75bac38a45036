extension Graph {
    /// The `options.k` best loop-free introduction paths from `source` to `target` (Yen 1971),
    /// cheapest first, equal costs in lexicographic order of the actor ids along them.
    ///
    /// Edges are the undirected projection of all ties (except `threatens` and `opposes`) and
    /// shared events; a pair's length is from its strongest evidence (`1/strength` by default),
    /// doubled for every `recencyHalfLifeMonths` since the pair's most recent dated contact.
    /// Withheld actors and ties (for `options.audience`) and `options.avoid` are never on a path.
    /// For many queries on one network, build an `IntroductionPathFinder` once instead.
    /// - Complexity: O(k · n · (m + n log n)), plus building the view.
    public func introductionPaths(from source: String, to target: String, options: PathOptions = PathOptions()) -> [IntroductionPath] {
        IntroductionPathFinder(graph: self, options: options).paths(from: source, to: target)
    }
}
