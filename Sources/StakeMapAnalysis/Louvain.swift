/// Communities found by Louvain modularity optimization.
public struct Communities: Sendable, Hashable {
    /// The partition: communities numbered from the largest, equal sizes by smallest node.
    public let partition: Components
    /// The modularity of the partition on the undirected view (networkx `modularity`).
    public let modularity: Double

    /// The community of each node.
    public var communityOf: [Int32] { partition.componentOf }

    /// The node indices of each community, largest first, each sorted by index.
    /// - Complexity: O(n).
    public func members() -> [[Int32]] { partition.members() }
}

extension Network {
    /// Louvain communities (Blondel, Guillaume, Lambiotte & Lefebvre 2008) of the undirected
    /// view: local moves of single nodes in seeded random order, then aggregation, level after
    /// level, while modularity improves; finally one more round of single-node moves on the
    /// original network, which can only raise modularity.
    ///
    /// Several independent trials (different visiting orders derived from the seed) run in
    /// parallel and the partition with the highest modularity wins (the lowest trial on a tie),
    /// so the result is deterministic for a seed whatever the number of cores.
    /// - Parameters:
    ///   - seed: fixes the order in which nodes are visited.
    ///   - resolution: γ; above 1 favours smaller communities.
    ///   - weighted: use tie strength (networkx's default `weight='weight'`) or count ties.
    ///   - trials: independent runs; nil chooses 8 below 20 000 nodes plus edges, 2 below
    ///     200 000, else 1.
    ///   - threshold: stop when a level improves modularity by no more than this.
    /// - Complexity: O(m) per pass, typically a few passes over a few levels, per trial.
    public func louvain(seed: UInt64 = 0, resolution: Double = 1, weighted: Bool = true,
                        trials: Int? = nil, threshold: Double = 1e-7) -> Communities {
        let view = undirected()
        let size = view.nodeCount + view.edgeCount
        let runs = max(1, trials ?? (size < 20_000 ? 8 : size < 200_000 ? 2 : 1))
        let workers = Parallel.workers(for: runs)
        let results = Parallel.map(workers: workers) { worker -> [(trial: Int, result: Communities)] in
            stride(from: worker, to: runs, by: workers).map { trial in
                let trialSeed = seed &+ UInt64(trial) &* 0xD1B5_4A32_D192_ED03
                return (trial, view.louvainTrial(seed: trialSeed, resolution: resolution, weighted: weighted,
                                                 threshold: threshold))
            }
        }
        let all = results.flatMap { $0 }.sorted { $0.trial < $1.trial }
        var best = all[0].result
        for candidate in all.dropFirst() where candidate.result.modularity > best.modularity {
            best = candidate.result
        }
        return best
    }

    /// One Louvain run on an undirected view.
    private func louvainTrial(seed: UInt64, resolution: Double, weighted: Bool, threshold: Double) -> Communities {
        let view = self
        var generator = SeededGenerator(seed: seed)
        var level = LouvainLevel(view, weighted: weighted)
        var membership = (0..<view.nodeCount).map { Int32($0) }
        let twiceTotal = level.degree.reduce(0, +)
        guard twiceTotal > 0 else {
            let partition = Components(ids: view.ids, labels: membership)
            return Communities(partition: partition, modularity: 0)
        }
        var quality = view.modularity(of: membership, resolution: resolution, weighted: weighted)
        while true {
            var communities = (0..<level.nodeCount).map { Int32($0) }
            let moved = level.moveNodes(&communities, resolution: resolution, twiceTotal: twiceTotal,
                                        generator: &generator)
            guard moved else { break }
            let (labels, count) = renumber(communities)
            let candidate = membership.map { labels[Int($0)] }
            let candidateQuality = view.modularity(of: candidate, resolution: resolution, weighted: weighted)
            if candidateQuality - quality <= threshold {
                if candidateQuality > quality { (membership, quality) = (candidate, candidateQuality) }
                break
            }
            (membership, quality) = (candidate, candidateQuality)
            level = level.aggregated(by: labels, count: count)
        }
        // A last round of single-node moves on the original network.
        var base = LouvainLevel(view, weighted: weighted)
        var polished = membership
        if base.moveNodes(&polished, resolution: resolution, twiceTotal: twiceTotal, generator: &generator) {
            let polishedQuality = view.modularity(of: polished, resolution: resolution, weighted: weighted)
            if polishedQuality > quality { (membership, quality) = (polished, polishedQuality) }
        }
        return Communities(partition: Components(ids: view.ids, labels: membership), modularity: quality)
    }
}

/// Dense labels `0..<count` for arbitrary community labels, in order of first appearance.
private func renumber(_ communities: [Int32]) -> (labels: [Int32], count: Int) {
    var dense = [Int32](repeating: -1, count: communities.count)
    var next: Int32 = 0
    var labels = [Int32](repeating: 0, count: communities.count)
    for (node, community) in communities.enumerated() {
        if dense[Int(community)] < 0 {
            dense[Int(community)] = next
            next += 1
        }
        labels[node] = dense[Int(community)]
    }
    return (labels, Int(next))
}

/// One level of the Louvain hierarchy: a weighted undirected graph in compressed rows without
/// self-loops, plus each node's internal (self-loop) strength and total strength.
private struct LouvainLevel {
    var offsets: [Int]
    var targets: [Int32]
    var weights: [Double]
    /// Total strength of each node (self-loops counted twice).
    var degree: [Double]
    var nodeCount: Int { degree.count }

    init(_ network: Network, weighted: Bool) {
        offsets = network.offsets
        targets = network.targets
        weights = weighted ? network.weights : [Double](repeating: 1, count: network.targets.count)
        degree = (0..<network.nodeCount).map { node in
            var total = 0.0
            for entry in network.offsets[node]..<network.offsets[node + 1] {
                total += weighted ? network.weights[entry] : 1
            }
            return total
        }
    }

    init(offsets: [Int], targets: [Int32], weights: [Double], degree: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.degree = degree
    }

    /// Moves single nodes to the neighbouring community with the best modularity gain until no
    /// move gains anything. Nodes wait in a queue, first in seeded random order; when a node
    /// moves, its neighbours outside its new community are queued again (the fast local move
    /// of Ozaki, Tezuka & Inaba 2016 and Traag, Waltman & van Eck 2019), so settled regions
    /// are not rescanned. Returns whether any node moved.
    mutating func moveNodes(_ community: inout [Int32], resolution: Double, twiceTotal: Double,
                            generator: inout SeededGenerator) -> Bool {
        let n = nodeCount
        guard n > 0 else { return false }
        let m = twiceTotal / 2
        let scale = resolution / (2 * m * m)
        var total = [Double](repeating: 0, count: n)
        for node in 0..<n { total[Int(community[node])] += degree[node] }
        var linkWeight = [Double](repeating: -1, count: n)
        var touched = [Int32](repeating: 0, count: n)
        // A ring buffer of the nodes to visit; each node is in it at most once.
        var queue = generator.permutation(of: n)
        var queued = [Bool](repeating: true, count: n)
        var movedAny = false
        let degree = self.degree
        offsets.withUnsafeBufferPointer { offsets in
        targets.withUnsafeBufferPointer { targets in
        weights.withUnsafeBufferPointer { weights in
        degree.withUnsafeBufferPointer { degree in
        community.withUnsafeMutableBufferPointer { community in
        total.withUnsafeMutableBufferPointer { total in
        linkWeight.withUnsafeMutableBufferPointer { linkWeight in
        touched.withUnsafeMutableBufferPointer { touched in
        queue.withUnsafeMutableBufferPointer { queue in
        queued.withUnsafeMutableBufferPointer { queued in
            var head = 0, pending = n
            // A safety bound against floating-point cycles; never reached in practice.
            var budget = 200 * (n + offsets[n])
            while pending > 0 && budget > 0 {
                let node = Int(queue[head])
                head = head + 1 == n ? 0 : head + 1
                pending -= 1
                queued[node] = false
                let own = Int(community[node])
                let k = degree[node]
                let start = offsets[node], end = offsets[node + 1]
                budget -= end - start + 1
                var touchedCount = 0
                for entry in start..<end {
                    let c = Int(community[Int(targets[entry])])
                    if linkWeight[c] < 0 {
                        linkWeight[c] = 0
                        touched[touchedCount] = Int32(truncatingIfNeeded: c)
                        touchedCount += 1
                    }
                    linkWeight[c] += weights[entry]
                }
                total[own] -= k
                let removeCost = -max(linkWeight[own], 0) / m + total[own] * k * scale
                var best = own
                var bestGain = 0.0
                for t in 0..<touchedCount {
                    let c = Int(touched[t])
                    let gain = removeCost + linkWeight[c] / m - total[c] * k * scale
                    if gain > bestGain {
                        bestGain = gain
                        best = c
                    }
                }
                total[best] += k
                for t in 0..<touchedCount { linkWeight[Int(touched[t])] = -1 }
                guard best != own else { continue }
                community[node] = Int32(truncatingIfNeeded: best)
                movedAny = true
                for entry in start..<end {
                    let w = Int(targets[entry])
                    if !queued[w] && Int(community[w]) != best {
                        queued[w] = true
                        var tail = head + pending
                        if tail >= n { tail -= n }
                        queue[tail] = Int32(truncatingIfNeeded: w)
                        pending += 1
                    }
                }
            }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        return movedAny
    }

    /// The next level: one node per community, edge strengths summed, inside strength kept in
    /// the node's total.
    func aggregated(by labels: [Int32], count: Int) -> LouvainLevel {
        var members = [[Int32]](repeating: [], count: count)
        for node in 0..<nodeCount { members[Int(labels[node])].append(Int32(node)) }
        var newOffsets = [Int](repeating: 0, count: count + 1)
        var newTargets = [Int32](), newWeights = [Double]()
        var newDegree = [Double](repeating: 0, count: count)
        var linkWeight = [Double](repeating: 0, count: count)
        var seen = [Bool](repeating: false, count: count)
        var touched = [Int32]()
        for c in 0..<count {
            for node in members[c] {
                newDegree[c] += degree[Int(node)]
                for entry in offsets[Int(node)]..<offsets[Int(node) + 1] {
                    let d = Int(labels[Int(targets[entry])])
                    if d == c { continue }
                    if !seen[d] {
                        seen[d] = true
                        touched.append(Int32(d))
                    }
                    linkWeight[d] += weights[entry]
                }
            }
            touched.sort()
            for d in touched {
                newTargets.append(d)
                newWeights.append(linkWeight[Int(d)])
                linkWeight[Int(d)] = 0
                seen[Int(d)] = false
            }
            touched.removeAll(keepingCapacity: true)
            newOffsets[c + 1] = newTargets.count
        }
        return LouvainLevel(offsets: newOffsets, targets: newTargets, weights: newWeights, degree: newDegree)
    }
}
