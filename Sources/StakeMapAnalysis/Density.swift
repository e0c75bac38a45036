extension Network {
    /// Density: the share of possible ties present, `2m/(n(n−1))` undirected and
    /// `m/(n(n−1))` directed (networkx `density`); 0 with fewer than two nodes.
    /// - Complexity: O(1).
    public var density: Double {
        let n = Double(nodeCount)
        guard nodeCount > 1 else { return 0 }
        return Double(edgeCount) * (isDirected ? 1 : 2) / (n * (n - 1))
    }

    /// The diameter in hops of the largest (weakly) connected component of the undirected
    /// view: networkx `diameter` on connected networks. Roots are spread over all cores.
    /// - Complexity: O(n_c · m_c) for the largest component.
    public func diameter() -> Int {
        let network = undirected()
        let parts = network.components()
        guard parts.count > 0 else { return 0 }
        let members = network.componentOf(parts, component: 0)
        let workers = Parallel.workers(for: members.count)
        let eccentricities = Parallel.map(workers: workers) { worker -> Int32 in
            let scratch = PathScratch(nodeCount: network.nodeCount)
            var longest: Int32 = 0
            withRows(offsets: network.offsets, targets: network.targets) { rows in
                var k = worker
                while k < members.count {
                    scratch.breadthFirst(from: members[k], rows: rows, countPaths: false)
                    if scratch.reached > 0 {
                        longest = max(longest, scratch.hops[Int(scratch.order[scratch.reached - 1])])
                    }
                    scratch.reset()
                    k += workers
                }
            }
            return longest
        }
        return Int(eccentricities.max() ?? 0)
    }

    private func componentOf(_ parts: Components, component: Int32) -> [Int32] {
        parts.componentOf.indices.filter { parts.componentOf[$0] == component }.map { Int32($0) }
    }
}
