/// One score per node of a network, e.g. a centrality measure.
public struct CentralityScores: Sendable, Hashable {
    /// The actor id of each node (the network's `ids`).
    public let ids: [String]
    /// The score of each node, indexed like `ids`.
    public let values: [Double]
    /// Whether an iterative measure converged; false means `values` is the last iterate of an
    /// iteration that gave up, not a measure (networkx raises `PowerIterationFailedConvergence`).
    public let converged: Bool

    /// Creates scores; `values` is indexed like `ids`.
    public init(ids: [String], values: [Double], converged: Bool = true) {
        precondition(ids.count == values.count, "one value per node")
        self.ids = ids
        self.values = values
        self.converged = converged
    }

    /// The score of the actor with `id`, if present.
    /// - Complexity: O(n).
    public func value(for id: String) -> Double? {
        ids.firstIndex(of: id).map { values[$0] }
    }

    /// Node indices from the highest score to the lowest, equal scores (and NaN, last) by id.
    /// - Complexity: O(n log n).
    public func ranking() -> [Int] {
        ids.indices.sorted { lhs, rhs in
            let (a, b) = (values[lhs], values[rhs])
            if a.isNaN != b.isNaN { return b.isNaN }
            if a != b && !a.isNaN { return a > b }
            return ids[lhs] < ids[rhs]
        }
    }
}

/// One score per edge of a network, e.g. edge betweenness.
public struct EdgeScores: Sendable, Hashable {
    /// The source node of each edge (the network's `edgeSources`).
    public let sources: [Int32]
    /// The target node of each edge (the network's `edgeTargets`).
    public let targets: [Int32]
    /// The score of each edge, indexed like `sources`.
    public let values: [Double]

    /// Creates scores for the edges of `network`; `values` is indexed by edge.
    public init(network: Network, values: [Double]) {
        precondition(network.edgeCount == values.count, "one value per edge")
        self.sources = network.edgeSources
        self.targets = network.edgeTargets
        self.values = values
    }
}
