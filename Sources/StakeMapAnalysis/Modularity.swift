extension Network {
    /// The modularity of a partition (Newman & Girvan 2004), as networkx `modularity` computes
    /// it: `Σ_c [L_c/m − γ (d_c/2m)²]` undirected, `Σ_c [L_c/m − γ out_c·in_c/m²]` directed,
    /// with `L_c` the strength inside community `c` and `d_c` its total strength.
    /// - Parameters:
    ///   - communityOf: the community of each node (any non-negative labels).
    ///   - resolution: γ; above 1 favours smaller communities.
    ///   - weighted: use tie strength (networkx `weight='weight'`) or count ties.
    /// - Complexity: O(n + m).
    public func modularity(of communityOf: [Int32], resolution: Double = 1, weighted: Bool = true) -> Double {
        let labels = communityOf.map(Int.init)
        let count = (labels.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: count)
        var outStrength = [Double](repeating: 0, count: count)
        var inStrength = [Double](repeating: 0, count: count)
        var total = 0.0
        for e in 0..<edgeCount {
            let w = weighted ? edgeWeights[e] : 1
            let (cu, cv) = (labels[Int(edgeSources[e])], labels[Int(edgeTargets[e])])
            total += w
            if cu == cv { inside[cu] += w }
            outStrength[cu] += w
            inStrength[cv] += w
        }
        guard total > 0 else { return 0 }
        var q = 0.0
        for c in 0..<count {
            if isDirected {
                q += inside[c] / total - resolution * outStrength[c] * inStrength[c] / (total * total)
            } else {
                let degree = outStrength[c] + inStrength[c]
                q += inside[c] / total - resolution * (degree / (2 * total)) * (degree / (2 * total))
            }
        }
        return q
    }
}
