extension Network {
    /// Betweenness centrality: the share of shortest paths between other pairs of actors that
    /// pass through each actor (Brandes 2001), endpoints excluded.
    ///
    /// Normalized like networkx `betweenness_centrality(normalized=True)`: divided by
    /// `(n−1)(n−2)` (undirected and directed alike, counting ordered pairs). Sources are spread
    /// over all cores.
    /// - Parameter metric: hops (breadth-first search) or weighted lengths (Dijkstra).
    /// - Complexity: O(nm) time for hops, O(nm + n² log n) weighted; O(n + m) memory per core.
    public func betweenness(metric: PathMetric = .hops) -> CentralityScores {
        let raw = brandes(metric: metric, edges: false).nodes
        let n = nodeCount
        let scale = n > 2 ? 1 / (Double(n - 1) * Double(n - 2)) : 1
        return CentralityScores(ids: ids, values: raw.map { $0 * scale })
    }

    /// Edge betweenness: the share of shortest paths between all pairs of actors that use each
    /// edge (Brandes 2001; Girvan & Newman 2002).
    ///
    /// Normalized like networkx `edge_betweenness_centrality(normalized=True)`: divided by
    /// `n(n−1)`.
    /// - Complexity: as `betweenness(metric:)`, plus O(m) memory per core.
    public func edgeBetweenness(metric: PathMetric = .hops) -> EdgeScores {
        let raw = brandes(metric: metric, edges: true).edges
        let n = nodeCount
        let scale = n > 1 ? 1 / (Double(n) * Double(n - 1)) : 1
        return EdgeScores(network: self, values: raw.map { $0 * scale })
    }

    /// Unnormalized Brandes sums over all sources: per node and, when `edges`, per edge.
    private func brandes(metric: PathMetric, edges wantEdges: Bool) -> (nodes: [Double], edges: [Double]) {
        let n = nodeCount
        guard n > 0 else { return ([], []) }
        let lengths: [Double]
        switch metric {
        case .hops: lengths = []
        case .weighted(let convention): lengths = convention.lengths(of: self)
        }
        let network = self
        let workers = Parallel.workers(for: n)
        let edgeTotal = wantEdges ? edgeCount : 0
        let parts = Parallel.map(workers: workers) { worker -> ([Double], [Double]) in
            var nodeSums = [Double](repeating: 0, count: n)
            var edgeSums = [Double](repeating: 0, count: edgeTotal)
            let scratch = PathScratch(nodeCount: n)
            withRows(offsets: network.offsets, targets: network.targets, lengths: lengths,
                     edges: wantEdges ? network.edgeIndices : []) { rows in
                nodeSums.withUnsafeMutableBufferPointer { nodeSums in
                    edgeSums.withUnsafeMutableBufferPointer { edgeSums in
                        var source = worker
                        while source < n {
                            if lengths.isEmpty {
                                scratch.breadthFirst(from: Int32(source), rows: rows, countPaths: true)
                            } else {
                                scratch.dijkstra(from: Int32(source), rows: rows)
                            }
                            accumulate(scratch, rows: rows, weighted: !lengths.isEmpty, nodeSums: nodeSums,
                                       edgeSums: wantEdges ? edgeSums : nil)
                            scratch.reset()
                            source += workers
                        }
                    }
                }
            }
            return (nodeSums, edgeSums)
        }
        return (Parallel.sum(parts.map(\.0), count: n), Parallel.sum(parts.map(\.1), count: edgeTotal))
    }
}

/// Brandes' dependency accumulation, pulling from successors in reverse distance order:
/// `δ(v) = Σ σ(v)/σ(w) · (1 + δ(w))` over `w` one step further on a shortest path.
private func accumulate(_ scratch: PathScratch, rows: Rows, weighted: Bool,
                        nodeSums: UnsafeMutableBufferPointer<Double>,
                        edgeSums: UnsafeMutableBufferPointer<Double>?) {
    let order = scratch.order, sigma = scratch.sigma, coefficient = scratch.coefficient
    let hops = scratch.hops, distance = scratch.distance
    var k = scratch.reached - 1
    while k >= 0 {
        let v = Int(order[k])
        var pulled = 0.0
        let start = rows.offsets[v], end = rows.offsets[v + 1]
        if weighted {
            let dv = distance[v]
            for entry in start..<end {
                let w = Int(rows.targets[entry])
                if dv + rows.lengths[entry] == distance[w] {
                    pulled += coefficient[w]
                    if let edgeSums { edgeSums[Int(rows.edges[entry])] += sigma[v] * coefficient[w] }
                }
            }
        } else {
            let next = hops[v] + 1
            for entry in start..<end {
                let w = Int(rows.targets[entry])
                if hops[w] == next {
                    pulled += coefficient[w]
                    if let edgeSums { edgeSums[Int(rows.edges[entry])] += sigma[v] * coefficient[w] }
                }
            }
        }
        let delta = sigma[v] * pulled
        if k > 0 { nodeSums[v] += delta }
        coefficient[v] = (1 + delta) / sigma[v]
        k -= 1
    }
}
