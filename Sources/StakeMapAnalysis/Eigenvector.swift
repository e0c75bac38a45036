extension Network {
    /// Eigenvector centrality: an actor is central when its neighbours are (Bonacich 1972),
    /// networkx `eigenvector_centrality` semantics, scaled to Euclidean norm 1.
    ///
    /// Iterates `x ← (A + I) x` from the uniform vector, as networkx does, so it converges on
    /// bipartite networks too (the shift removes the `−λ` eigenvalue). On a directed view a
    /// node gathers from its in-neighbours (the left eigenvector). Stops when the summed
    /// change is below `n · tolerance`.
    /// - Parameters:
    ///   - weighted: multiply by tie strength.
    ///   - tolerance: per-node convergence threshold (default 1e-14).
    ///   - maxIterations: give up after this many iterations, returning the last iterate with
    ///     `converged` false (a directed network with no dominant eigenvector — an in-star, a
    ///     directed path, any DAG — never converges; networkx raises there).
    /// - Complexity: O((n + m) × iterations).
    public func eigenvectorCentrality(weighted: Bool = false, tolerance: Double = 1e-14,
                                      maxIterations: Int = 100_000) -> CentralityScores {
        let n = nodeCount
        guard n > 0 else { return CentralityScores(ids: ids, values: []) }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        var converged = false
        inOffsets.withUnsafeBufferPointer { offsets in
            inTargets.withUnsafeBufferPointer { targets in
                inWeights.withUnsafeBufferPointer { strengths in
                    for _ in 0..<maxIterations {
                        var squares = 0.0
                        x.withUnsafeBufferPointer { last in
                            next.withUnsafeMutableBufferPointer { next in
                                for v in 0..<n {
                                    var value = last[v]
                                    if weighted {
                                        for entry in offsets[v]..<offsets[v + 1] {
                                            value += last[Int(targets[entry])] * strengths[entry]
                                        }
                                    } else {
                                        for entry in offsets[v]..<offsets[v + 1] {
                                            value += last[Int(targets[entry])]
                                        }
                                    }
                                    next[v] = value
                                    squares += value * value
                                }
                            }
                        }
                        let norm = squares > 0 ? squares.squareRoot() : 1
                        var change = 0.0
                        for v in 0..<n {
                            next[v] /= norm
                            change += abs(next[v] - x[v])
                        }
                        swap(&x, &next)
                        if change < Double(n) * tolerance {
                            converged = true
                            break
                        }
                    }
                }
            }
        }
        return CentralityScores(ids: ids, values: x, converged: converged)
    }
}
