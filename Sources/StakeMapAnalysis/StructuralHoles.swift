/// Burt's structural-hole measures per actor.
public struct StructuralHoles: Sendable, Hashable {
    /// Constraint: how much an actor's ties lead to one another (high = no brokerage
    /// opportunity); NaN for actors without ties.
    public let constraint: CentralityScores
    /// Effective size: the number of an actor's contacts minus their redundancy (high = many
    /// non-redundant contacts); NaN for actors without ties.
    public let effectiveSize: CentralityScores
}

extension Network {
    /// Burt's constraint and effective size (Burt 1992; networkx `constraint`,
    /// `effective_size`), over the union of in- and out-neighbours with mutual weights
    /// `a_uv + a_vu`.
    ///
    /// `constraint(v) = Σ_j (p_vj + Σ_q p_vq p_qj)²` and
    /// `effective_size(v) = Σ_u (1 − Σ_w p_vw m_uw)` with `p` the share of an actor's
    /// mutual weight and `m` the weight over its maximum. Unweighted on an undirected view the
    /// effective size equals Borgatti's `n − 2t/n`. On a directed view every actor with a tie
    /// in either direction has a value, as in networkx `constraint(G)`. The effective size
    /// follows Burt's formula, as networkx's per-node path (`effective_size(G, nodes=…)`)
    /// computes it; networkx 3.6's default vectorized path divides `m_uw` by `w`'s maximum
    /// instead of `u`'s, which differs whenever mutual weights differ (weighted, or directed
    /// with reciprocated ties).
    /// - Parameter weighted: use tie strength (networkx `weight='weight'`) or count ties.
    /// - Complexity: O(Σ_v Σ_{q∈N(v)} deg(q)) time, O(n + m) memory.
    public func structuralHoles(weighted: Bool = false) -> StructuralHoles {
        let n = nodeCount
        let mutual = mutualAdjacency(weighted: weighted)
        let offsets = mutual.offsets, targets = mutual.targets, a = mutual.weights
        var sum = [Double](repeating: 0, count: n)
        var maximum = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for entry in offsets[v]..<offsets[v + 1] {
                sum[v] += a[entry]
                maximum[v] = max(maximum[v], a[entry])
            }
        }
        // Position of each neighbour of the current actor in its row, or −1.
        var slot = [Int](repeating: -1, count: n)
        var indirect = [Double]()
        var constraint = [Double](repeating: .nan, count: n)
        var effective = [Double](repeating: .nan, count: n)
        for v in 0..<n {
            // Undefined for isolated actors only; on a directed view an actor with only incoming
            // ties has contacts too (networkx `constraint(G)`; its per-node path leaves them out).
            if offsets[v + 1] == offsets[v] { continue }
            let row = offsets[v]..<offsets[v + 1]
            indirect = [Double](repeating: 0, count: row.count)
            for entry in row { slot[Int(targets[entry])] = entry - row.lowerBound }
            var redundancy = 0.0
            for entry in row {
                let q = Int(targets[entry])
                let pvq = a[entry] / sum[v]
                for other in offsets[q]..<offsets[q + 1] {
                    let x = Int(targets[other])
                    let position = slot[x]
                    guard position >= 0 else { continue }
                    indirect[position] += pvq * a[other] / sum[q]
                    redundancy += a[row.lowerBound + position] / sum[v] * a[other] / maximum[q]
                }
            }
            var total = 0.0
            for entry in row {
                let direct = a[entry] / sum[v]
                let value = direct + indirect[entry - row.lowerBound]
                total += value * value
                slot[Int(targets[entry])] = -1
            }
            constraint[v] = total
            effective[v] = Double(row.count) - redundancy
        }
        return StructuralHoles(constraint: CentralityScores(ids: ids, values: constraint),
                               effectiveSize: CentralityScores(ids: ids, values: effective))
    }

    /// Rows over the union of in- and out-neighbours, each with `a_uv + a_vu`.
    private func mutualAdjacency(weighted: Bool) -> (offsets: [Int], targets: [Int32], weights: [Double]) {
        guard isDirected else {
            return (offsets, targets, weighted ? weights : [Double](repeating: 1, count: targets.count))
        }
        var rowOffsets = [Int](repeating: 0, count: nodeCount + 1)
        var rowTargets = [Int32](), rowWeights = [Double]()
        rowTargets.reserveCapacity(targets.count + inTargets.count)
        rowWeights.reserveCapacity(targets.count + inTargets.count)
        for v in 0..<nodeCount {
            var i = offsets[v], j = inOffsets[v]
            let iEnd = offsets[v + 1], jEnd = inOffsets[v + 1]
            while i < iEnd || j < jEnd {
                let a = i < iEnd ? targets[i] : Int32.max
                let b = j < jEnd ? inTargets[j] : Int32.max
                var w = 0.0
                if a <= b { w += weighted ? weights[i] : 1; i += 1 }
                if b <= a { w += weighted ? inWeights[j] : 1; j += 1 }
                rowTargets.append(min(a, b))
                rowWeights.append(w)
            }
            rowOffsets[v + 1] = rowTargets.count
        }
        return (rowOffsets, rowTargets, rowWeights)
    }
}
