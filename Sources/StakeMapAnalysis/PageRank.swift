extension Network {
    /// PageRank: the long-run share of time a random walker spends at each actor, following
    /// ties in proportion to their strength and jumping with probability `1 − alpha`
    /// (Brin & Page 1998).
    ///
    /// Matches networkx `pagerank(alpha=0.85, weight='weight')`: dangling actors (no outgoing
    /// ties) spread their mass like the jump vector; with `home` actors the jump (and the
    /// dangling mass) goes to them alone — personalized PageRank. Iterates until the summed
    /// change is below `tolerance`, which bounds the per-actor error by ~`tolerance · α/(1−α)`.
    /// - Parameters:
    ///   - alpha: damping factor (the probability of following a tie).
    ///   - home: node indices to personalize on; empty for the uniform jump.
    ///   - weighted: follow ties in proportion to strength (true, networkx's default) or evenly.
    ///   - tolerance: L1 convergence threshold (default 1e-11: every value within ~6e-11 of the limit).
    ///   - maxIterations: give up after this many iterations (returning the last iterate, with
    ///     `converged` false).
    /// - Complexity: O((n + m) × iterations); iterations ≈ log(tolerance) / log(alpha).
    public func pageRank(alpha: Double = 0.85, home: [Int32] = [], weighted: Bool = true,
                         tolerance: Double = 1e-11, maxIterations: Int = 10_000) -> CentralityScores {
        let n = nodeCount
        guard n > 0 else { return CentralityScores(ids: ids, values: []) }
        var jump = [Double](repeating: 1 / Double(n), count: n)
        let homes = Set(home.filter { $0 >= 0 && Int($0) < n })
        if !homes.isEmpty {
            jump = [Double](repeating: 0, count: n)
            for node in homes { jump[Int(node)] = 1 / Double(homes.count) }
        }
        // Outgoing strength of each node; the share of x[u] sent along each in-entry of v is
        // x[u] · w(u, v) / out(u).
        var inverseOut = [Double](repeating: 0, count: n)
        var dangling = [Int32]()
        for u in 0..<n {
            var total = 0.0
            for entry in offsets[u]..<offsets[u + 1] { total += weighted ? weights[entry] : 1 }
            if total > 0 { inverseOut[u] = 1 / total } else { dangling.append(Int32(u)) }
        }
        // Unit weights need no per-entry multiply (and no 8 bytes per entry read).
        let unit = !weighted || inWeights.allSatisfy { $0 == 1 }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var share = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        // Large networks gather in parallel: each worker owns a contiguous range of nodes.
        let workers = n >= 20_000 ? Parallel.workers(for: n) : 1
        var converged = false
        for _ in 0..<maxIterations {
            var danglingMass = 0.0
            for u in dangling { danglingMass += x[Int(u)] }
            for u in 0..<n { share[u] = x[u] * inverseOut[u] }
            let step = PageRankStep(offsets: inOffsets, sources: inTargets, weights: unit ? [] : inWeights,
                                    share: share, jump: jump, last: x, alpha: alpha, danglingMass: danglingMass)
            let change = next.withUnsafeMutableBufferPointer { next in
                let output = DisjointOutput(base: next)
                return Parallel.map(workers: workers) { worker in
                    step.gather(nodes: (n * worker / workers)..<(n * (worker + 1) / workers), into: output)
                }.reduce(0, +)
            }
            swap(&x, &next)
            if change < tolerance {
                converged = true
                break
            }
        }
        return CentralityScores(ids: ids, values: x, converged: converged)
    }
}

/// One PageRank iteration's pull over a range of nodes, on immutable inputs (safe to share
/// between workers).
private struct PageRankStep: Sendable {
    let offsets: [Int]
    let sources: [Int32]
    /// Per-entry strengths; empty for unit weights.
    let weights: [Double]
    let share: [Double]
    let jump: [Double]
    let last: [Double]
    let alpha: Double
    let danglingMass: Double

    /// Writes the new values of `nodes` into `output` and returns their L1 change.
    func gather(nodes: Range<Int>, into output: DisjointOutput) -> Double {
        var change = 0.0
        offsets.withUnsafeBufferPointer { offsets in
            sources.withUnsafeBufferPointer { sources in
                weights.withUnsafeBufferPointer { weights in
                    share.withUnsafeBufferPointer { share in
                        do {
                            let values = output.base
                            for v in nodes {
                                var gathered = 0.0
                                if weights.isEmpty {
                                    for entry in offsets[v]..<offsets[v + 1] { gathered += share[Int(sources[entry])] }
                                } else {
                                    for entry in offsets[v]..<offsets[v + 1] { gathered += share[Int(sources[entry])] * weights[entry] }
                                }
                                let value = alpha * (gathered + danglingMass * jump[v]) + (1 - alpha) * jump[v]
                                values[v] = value
                                change += abs(value - last[v])
                            }
                        }
                    }
                }
            }
        }
        return change
    }
}

/// The output buffer of one iteration, shared by workers that each write a disjoint range
/// of it (so no two writes ever touch the same element); valid only during the iteration.
private struct DisjointOutput: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<Double>
}
