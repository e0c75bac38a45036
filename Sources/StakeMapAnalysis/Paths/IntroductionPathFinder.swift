import Foundation

/// Finds introduction paths on one network again and again: the visible graph, the evidence
/// per pair, the network view and the edge lengths are built once, then every query is a
/// Yen search (Yen 1971).
public struct IntroductionPathFinder: Sendable {
    /// What the audience may see of the network (paths and explanations refer to it).
    public let graph: Graph
    private let options: PathOptions
    private let evidence: PairEvidenceIndex
    private let network: Network
    private let lengths: [Double]

    /// Prepares `graph` for path queries with `options` (its `k` and `avoid` are only the
    /// defaults of `paths(from:to:k:avoid:)`).
    /// - Complexity: O(V + E log E + Σ event attendees²).
    public init(graph: Graph, options: PathOptions = PathOptions()) {
        let visible = graph.visible(to: options.audience)
        let evidence = PairEvidenceIndex(visible)
        let network = Network(visible, options: NetworkOptions(
            tieKinds: Set(TieKind.allCases).subtracting([.threatens, .opposes]),
            includeEvents: true, directed: false, audience: options.audience))
        let asOf = options.asOf ?? visible.asOf
        var lengths = [Double](repeating: 0, count: network.targets.count)
        for node in 0..<network.nodeCount {
            for position in network.offsets[node]..<network.offsets[node + 1] {
                let items = evidence.evidence(between: network.ids[node], and: network.ids[Int(network.targets[position])])
                let strength = items.map(\.strength).max() ?? network.weights[position]
                var length = options.length.length(ofStrength: strength)
                if let halfLife = options.recencyHalfLifeMonths, halfLife > 0, let asOf,
                   let last = items.compactMap(\.date).max(by: { $0.end < $1.end }) {
                    let months = max(0, Double(asOf.lastDayNumber - last.end.lastDayNumber) / 30.436875)
                    length *= exp2(months / halfLife)
                }
                lengths[position] = length
            }
        }
        self.graph = visible
        self.options = options
        self.evidence = evidence
        self.network = network
        self.lengths = lengths
    }

    /// The `k` best loop-free paths from `source` to `target` avoiding `avoid`, cheapest first,
    /// equal costs in lexicographic order of the actor ids along them.
    /// - Complexity: O(k · n · (m + n log n)).
    public func paths(from source: String, to target: String, k: Int? = nil, avoid: Set<String>? = nil) -> [IntroductionPath] {
        guard let from = network.index(of: source), let to = network.index(of: target), from != to else { return [] }
        let avoided = avoid ?? options.avoid
        let search = YenKShortestPaths(offsets: network.offsets, targets: network.targets, lengths: lengths,
                                       ids: network.ids, blocked: network.ids.map { avoided.contains($0) })
        return search.paths(from: from, to: to, k: k ?? options.k).map { path in
            let steps = zip(path.nodes, path.nodes.dropFirst()).map { a, b -> PathStep in
                let items = evidence.evidence(between: network.ids[Int(a)], and: network.ids[Int(b)])
                    .sorted { ($0.date?.end.lastDayNumber ?? Int.min, $0.strength) > ($1.date?.end.lastDayNumber ?? Int.min, $1.strength) }
                var length = 0.0
                for position in network.offsets[Int(a)]..<network.offsets[Int(a) + 1] where network.targets[position] == b {
                    length = lengths[position]
                }
                return PathStep(from: network.ids[Int(a)], to: network.ids[Int(b)], length: length, evidence: items,
                                lastContact: items.compactMap(\.date).max(by: { $0.end < $1.end }))
            }
            return IntroductionPath(actors: path.nodes.map { network.ids[Int($0)] }, cost: path.cost, steps: steps)
        }
    }
}
