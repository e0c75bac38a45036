import Foundation

extension Graph {
    /// The `options.k` best loop-free introduction paths from `source` to `target` (Yen 1971),
    /// cheapest first, equal costs in lexicographic order of the actor ids along them.
    ///
    /// Edges are the undirected projection of all ties (except `threatens` and `opposes`) and
    /// shared events; a pair's length is from its strongest evidence (`1/strength` by default),
    /// doubled for every `recencyHalfLifeMonths` since the pair's most recent dated contact.
    /// Withheld actors and ties (for `options.audience`) and `options.avoid` are never on a path.
    /// - Complexity: O(k · n · (m + n log n)).
    public func introductionPaths(from source: String, to target: String, options: PathOptions = PathOptions()) -> [IntroductionPath] {
        let graph = visible(to: options.audience)
        let evidence = PairEvidenceIndex(graph)
        let network = Network(graph, options: NetworkOptions(tieKinds: Set(TieKind.allCases).subtracting([.threatens, .opposes]),
                                                             includeEvents: true, directed: false, audience: options.audience))
        guard let from = network.index(of: source), let to = network.index(of: target), from != to else { return [] }
        let asOf = options.asOf ?? graph.asOf
        var lengths = [Double](repeating: 0, count: network.targets.count)
        for node in 0..<network.nodeCount {
            for position in network.offsets[node]..<network.offsets[node + 1] {
                let items = evidence.evidence(between: network.ids[node], and: network.ids[Int(network.targets[position])])
                let strength = items.map(\.strength).max() ?? network.weights[position]
                var length = options.length.length(ofStrength: strength)
                if let halfLife = options.recencyHalfLifeMonths, halfLife > 0, let asOf,
                   let last = items.compactMap(\.date).max(by: { $0.end < $1.end }) {
                    let months = max(0, Double(asOf.lastDayNumber - last.end.lastDayNumber) / 30.436875)
                    length *= Double.pow2(months / halfLife)
                }
                lengths[position] = length
            }
        }
        let blocked = network.ids.map { options.avoid.contains($0) }
        let search = YenKShortestPaths(offsets: network.offsets, targets: network.targets, lengths: lengths,
                                       ids: network.ids, blocked: blocked)
        let found = search.paths(from: from, to: to, k: options.k)
        return found.map { path in
            let actors = path.nodes.map { search.ids[Int($0)] }
            let steps = zip(path.nodes, path.nodes.dropFirst()).map { a, b -> PathStep in
                let items = evidence.evidence(between: search.ids[Int(a)], and: search.ids[Int(b)])
                    .sorted { ($0.date?.end.lastDayNumber ?? Int.min, $0.strength) > ($1.date?.end.lastDayNumber ?? Int.min, $1.strength) }
                var length = 0.0
                for position in search.offsets[Int(a)]..<search.offsets[Int(a) + 1] where search.targets[position] == b {
                    length = search.lengths[position]
                }
                return PathStep(from: search.ids[Int(a)], to: search.ids[Int(b)], length: length, evidence: items,
                                lastContact: items.compactMap(\.date).max(by: { $0.end < $1.end }))
            }
            return IntroductionPath(actors: actors, cost: path.cost, steps: steps)
        }
    }
}

extension Double {
    /// 2 raised to `exponent`.
    static func pow2(_ exponent: Double) -> Double { exp2(exponent) }
}
