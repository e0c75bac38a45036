extension Network {
    /// Degree centrality: the fraction of other actors each actor is tied to, `degree/(n−1)`
    /// (networkx `degree_centrality`; on a directed view in- plus out-degree). Freeman 1978.
    /// A network of one actor gives it 1, as networkx does.
    /// - Complexity: O(n).
    public func degreeCentrality() -> CentralityScores {
        guard nodeCount > 1 else { return CentralityScores(ids: ids, values: ids.map { _ in 1 }) }
        let scale = 1 / Double(nodeCount - 1)
        let values = (0..<nodeCount).map { node -> Double in
            let v = Int32(node)
            let total = isDirected ? degree(of: v) + inDegree(of: v) : degree(of: v)
            return Double(total) * scale
        }
        return CentralityScores(ids: ids, values: values)
    }

    /// In-degree centrality: incoming ties over `n−1` (networkx `in_degree_centrality`; 1 for
    /// a network of one actor).
    /// - Complexity: O(n).
    public func inDegreeCentrality() -> CentralityScores {
        guard nodeCount > 1 else { return CentralityScores(ids: ids, values: ids.map { _ in 1 }) }
        let scale = 1 / Double(nodeCount - 1)
        return CentralityScores(ids: ids, values: (0..<nodeCount).map { Double(inDegree(of: Int32($0))) * scale })
    }

    /// Out-degree centrality: outgoing ties over `n−1` (networkx `out_degree_centrality`; 1 for
    /// a network of one actor).
    /// - Complexity: O(n).
    public func outDegreeCentrality() -> CentralityScores {
        guard nodeCount > 1 else { return CentralityScores(ids: ids, values: ids.map { _ in 1 }) }
        let scale = 1 / Double(nodeCount - 1)
        return CentralityScores(ids: ids, values: (0..<nodeCount).map { Double(degree(of: Int32($0))) * scale })
    }

    /// Strength: the sum of the strengths of an actor's ties (networkx `degree(weight=)`; on a
    /// directed view incoming plus outgoing). Barrat et al. 2004.
    /// - Complexity: O(n + m).
    public func strength() -> CentralityScores {
        var values = [Double](repeating: 0, count: nodeCount)
        for node in 0..<nodeCount {
            var total = 0.0
            for entry in offsets[node]..<offsets[node + 1] { total += weights[entry] }
            if isDirected {
                for entry in inOffsets[node]..<inOffsets[node + 1] { total += inWeights[entry] }
            }
            values[node] = total
        }
        return CentralityScores(ids: ids, values: values)
    }
}
