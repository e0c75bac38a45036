extension Network {
    /// Closeness centrality: how near an actor is to the actors that can reach it,
    /// `(r−1)/Σd · (r−1)/(n−1)` with `r` the actors reaching it (Freeman 1979, with the
    /// Wasserman & Faust 1994 scaling for disconnected networks).
    ///
    /// Matches networkx `closeness_centrality(wf_improved=True)`: on a directed view distances
    /// are incoming (from the others to the actor). Roots are spread over all cores.
    /// - Complexity: O(nm) for hops, O(nm log n) weighted; O(n) memory per core.
    public func closeness(metric: PathMetric = .hops) -> CentralityScores {
        let sums = distanceSums(metric: metric)
        let n = nodeCount
        let values = (0..<n).map { node -> Double in
            let others = Double(sums.reached[node] - 1)
            guard sums.total[node] > 0, n > 1 else { return 0 }
            return others / sums.total[node] * (others / Double(n - 1))
        }
        return CentralityScores(ids: ids, values: values)
    }

    /// Harmonic centrality: the sum of `1/d` over the distances from the other actors
    /// (Marchiori & Latora 2000; Boldi & Vigna 2014), networkx `harmonic_centrality`.
    ///
    /// On a directed view distances are incoming, as networkx computes them.
    /// - Complexity: as `closeness(metric:)`.
    public func harmonicCentrality(metric: PathMetric = .hops) -> CentralityScores {
        CentralityScores(ids: ids, values: distanceSums(metric: metric).harmonic)
    }

    /// Per node: how many nodes reach it (itself included), the sum of their distances and
    /// the sum of their inverse distances.
    private func distanceSums(metric: PathMetric) -> (reached: [Int], total: [Double], harmonic: [Double]) {
        let n = nodeCount
        guard n > 0 else { return ([], [], []) }
        let lengths: [Double]
        switch metric {
        case .hops: lengths = []
        case .weighted(let convention): lengths = convention.lengths(of: self, incoming: true)
        }
        let network = self
        let workers = Parallel.workers(for: n)
        let parts = Parallel.map(workers: workers) { worker -> [(Int, Int, Double, Double)] in
            var results = [(Int, Int, Double, Double)]()
            results.reserveCapacity(n / workers + 1)
            let scratch = PathScratch(nodeCount: n)
            withRows(offsets: network.inOffsets, targets: network.inTargets, lengths: lengths) { rows in
                var root = worker
                while root < n {
                    var total = 0.0, harmonic = 0.0
                    if lengths.isEmpty {
                        scratch.breadthFirst(from: Int32(root), rows: rows, countPaths: false)
                        var hopTotal = 0
                        var k = 1
                        // Nodes come in non-decreasing distance: sum 1/d per distance layer.
                        while k < scratch.reached {
                            let d = scratch.hops[Int(scratch.order[k])]
                            var count = 0
                            while k < scratch.reached && scratch.hops[Int(scratch.order[k])] == d {
                                count += 1
                                k += 1
                            }
                            hopTotal += Int(d) * count
                            harmonic += Double(count) / Double(d)
                        }
                        total = Double(hopTotal)
                    } else {
                        scratch.dijkstra(from: Int32(root), rows: rows)
                        for k in 1..<max(scratch.reached, 1) {
                            let d = scratch.distance[Int(scratch.order[k])]
                            total += d
                            harmonic += 1 / d
                        }
                    }
                    results.append((root, scratch.reached, total, harmonic))
                    scratch.reset()
                    root += workers
                }
            }
            return results
        }
        var reached = [Int](repeating: 0, count: n)
        var total = [Double](repeating: 0, count: n)
        var harmonic = [Double](repeating: 0, count: n)
        for part in parts {
            for (node, count, sum, inverse) in part {
                reached[node] = count
                total[node] = sum
                harmonic[node] = inverse
            }
        }
        return (reached, total, harmonic)
    }
}
