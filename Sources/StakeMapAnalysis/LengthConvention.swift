/// How a tie's strength becomes a length for weighted shortest paths.
///
/// Strength measures closeness (1–5, higher is closer), so by default a path through strong ties
/// is short: the length of a tie is `1/strength`. `.strength` takes the strength itself as the
/// length, which is networkx's convention for `weight=`, for comparison with other tools.
public enum LengthConvention: String, Sendable, Hashable, CaseIterable {
    /// Length = 1 / strength (the default: strong ties are short).
    case inverse
    /// Length = strength (networkx's `weight=` convention).
    case strength

    /// The length of an edge of `strength`.
    @inlinable
    public func length(ofStrength strength: Double) -> Double {
        switch self {
        case .inverse: 1 / strength
        case .strength: strength
        }
    }

    /// The length of every entry of `strengths` (an adjacency row array).
    /// - Complexity: O(n).
    public func lengths(_ strengths: [Double]) -> [Double] {
        strengths.map { length(ofStrength: $0) }
    }

    /// The length of every adjacency entry of `network` (outgoing rows, or incoming when
    /// `incoming`), taking the *shortest* of merged parallel ties under either convention: the
    /// largest strength for `.inverse`, the smallest for `.strength` (as networkx's shortest
    /// paths on a `MultiGraph` do).
    /// - Complexity: O(m).
    public func lengths(of network: Network, incoming: Bool = false) -> [Double] {
        switch self {
        case .inverse:
            return lengths(incoming ? network.inWeights : network.weights)
        case .strength:
            let edges = incoming ? network.inEdgeIndices : network.edgeIndices
            let smallest = network.edgeMinimumWeights
            return edges.map { smallest[Int($0)] }
        }
    }
}

/// How shortest paths are measured: by hops, or by edge lengths derived from strength.
public enum PathMetric: Sendable, Hashable {
    /// Every edge has length 1 (breadth-first search).
    case hops
    /// Edges have lengths from their strength (Dijkstra's algorithm).
    case weighted(LengthConvention)

    /// Hops when `weighted` is false, otherwise lengths by `length`.
    public init(weighted: Bool, length: LengthConvention = .inverse) {
        self = weighted ? .weighted(length) : .hops
    }
}
