extension Network {
    /// The core number of each actor: the largest `k` such that it belongs to a subnetwork in
    /// which everyone has at least `k` ties (Seidman 1983). On a directed view degree is in- plus
    /// out-degree, as in networkx `core_number`.
    ///
    /// Computed by level-synchronous peeling (the sequential form of Dasari et al. 2014, "ParK"):
    /// at level `k`, every remaining actor of degree ≤ `k` is removed, then every neighbour that
    /// drops to ≤ `k`, until none is left at that level; then the next level (skipping straight
    /// to the smallest remaining degree). Unlike Batagelj & Zaversnik's bucket swaps, every pass
    /// reads the adjacency in order, which is what makes it fast on large networks.
    /// - Complexity: O(n · L + m) for L distinct levels (L ≤ the largest core number + 1).
    public func coreNumbers() -> [Int] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var degree = [Int32](repeating: 0, count: n)
        var core = [Int32](repeating: -1, count: n)
        var frontier = [Int32](), next = [Int32]()
        frontier.reserveCapacity(n)
        next.reserveCapacity(n)
        let directed = isDirected
        offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { targets in
                inOffsets.withUnsafeBufferPointer { inOffsets in
                    inTargets.withUnsafeBufferPointer { inTargets in
                        degree.withUnsafeMutableBufferPointer { degree in
                            core.withUnsafeMutableBufferPointer { core in
                                var smallest = Int32.max
                                for v in 0..<n {
                                    degree[v] = Int32(offsets[v + 1] - offsets[v] + (directed ? inOffsets[v + 1] - inOffsets[v] : 0))
                                    smallest = min(smallest, degree[v])
                                }
                                var remaining = n
                                var k = smallest
                                while remaining > 0 {
                                    frontier.removeAll(keepingCapacity: true)
                                    smallest = Int32.max
                                    for v in 0..<n where core[v] < 0 {
                                        if degree[v] <= k {
                                            core[v] = k
                                            frontier.append(Int32(v))
                                        } else {
                                            smallest = min(smallest, degree[v])
                                        }
                                    }
                                    if frontier.isEmpty {
                                        // Nothing at this level: no peeling happened, so the
                                        // smallest remaining degree is exact; go straight there.
                                        k = smallest
                                        continue
                                    }
                                    while !frontier.isEmpty {
                                        remaining -= frontier.count
                                        next.removeAll(keepingCapacity: true)
                                        for v in frontier {
                                            let v = Int(v)
                                            // Each neighbour still present loses this tie; those
                                            // that drop to ≤ k are peeled at this level too.
                                            for entry in offsets[v]..<offsets[v + 1] {
                                                let u = Int(targets[entry])
                                                guard core[u] < 0 else { continue }
                                                degree[u] -= 1
                                                if degree[u] <= k {
                                                    core[u] = k
                                                    next.append(Int32(u))
                                                }
                                            }
                                            guard directed else { continue }
                                            for entry in inOffsets[v]..<inOffsets[v + 1] {
                                                let u = Int(inTargets[entry])
                                                guard core[u] < 0 else { continue }
                                                degree[u] -= 1
                                                if degree[u] <= k {
                                                    core[u] = k
                                                    next.append(Int32(u))
                                                }
                                            }
                                        }
                                        swap(&frontier, &next)
                                    }
                                    k += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        return core.map(Int.init)
    }
}
