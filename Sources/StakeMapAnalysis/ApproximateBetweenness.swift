import Foundation

/// What `approximateBetweenness` is asked for: an error bound, a confidence and a seed.
public struct BetweennessApproximation: Sendable, Hashable {
    /// The largest error allowed on each normalized value (networkx's normalization).
    public var epsilon: Double
    /// The probability that every value is within `epsilon` (1 − δ).
    public var confidence: Double
    /// The seed: the same seed gives the same values on every machine and core count.
    public var seed: UInt64

    /// Creates a request; `epsilon` and `confidence` must lie in (0, 1).
    public init(epsilon: Double, confidence: Double = 0.9, seed: UInt64 = 0) {
        self.epsilon = epsilon
        self.confidence = confidence
        self.seed = seed
    }
}

/// Sampled betweenness and the numbers behind its guarantee.
public struct ApproximateBetweenness: Sendable, Hashable {
    /// The estimated betweenness, normalized as `betweenness(metric:)` is.
    public let scores: CentralityScores
    /// The number of shortest paths sampled.
    public let samples: Int
    /// The upper bound on the vertex diameter used to size the sample.
    public let vertexDiameterBound: Int
}

extension Network {
    /// Betweenness estimated from sampled shortest paths (Riondato & Kornaropoulos 2016): with
    /// probability `confidence`, every value is within `epsilon` of `betweenness(metric:)`.
    ///
    /// Samples `r = ⌈(0.5/ε′²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉` pairs of distinct actors, where
    /// `VD` bounds the vertex diameter (twice the eccentricity of one actor per component,
    /// plus one, on an undirected unweighted view; the largest component's size otherwise) and
    /// `ε′ = ε(n−2)/n` converts the bound to networkx's normalization; for each pair one
    /// shortest path is drawn uniformly and its inner actors gain `1/r`. Each sample's
    /// randomness derives from the seed and its index alone, so results do not depend on the
    /// core count. Counting hops, each path is drawn by balanced bidirectional search (Borassi &
    /// Natale 2016); with lengths, by Dijkstra's algorithm stopped at the target.
    /// - Complexity: O(r · (n + m)) time in the worst case (each search stops once the target's
    ///   paths are counted), O(n + m) memory per core.
    public func approximateBetweenness(_ request: BetweennessApproximation,
                                       metric: PathMetric = .hops) -> ApproximateBetweenness {
        let n = nodeCount
        let bound = vertexDiameterBound(metric: metric)
        guard n > 2, bound > 2 else {
            return ApproximateBetweenness(scores: CentralityScores(ids: ids, values: [Double](repeating: 0, count: n)),
                                          samples: 0, vertexDiameterBound: bound)
        }
        let epsilon = request.epsilon * Double(n - 2) / Double(n)
        let delta = 1 - request.confidence
        let logTerm = floor(log2(Double(bound - 2))) + 1 + log(1 / delta)
        let samples = Int((0.5 / (epsilon * epsilon) * logTerm).rounded(.up))
        let lengths: [Double]
        switch metric {
        case .hops: lengths = []
        case .weighted(let convention): lengths = convention.lengths(of: self)
        }
        let inLengths: [Double]
        switch metric {
        case .hops: inLengths = []
        case .weighted(let convention): inLengths = convention.lengths(of: self, incoming: true)
        }
        let network = self
        let workers = Parallel.workers(for: max(1, samples / 64))
        let parts = Parallel.map(workers: workers) { worker -> [Int] in
            var hits = [Int](repeating: 0, count: n)
            if lengths.isEmpty {
                // Hops: balanced bidirectional search, which meets after a few levels on small worlds.
                let sample = BidirectionalSample(nodeCount: n)
                withRows(offsets: network.offsets, targets: network.targets) { forward in
                    withRows(offsets: network.inOffsets, targets: network.inTargets) { backward in
                        var index = worker
                        while index < samples {
                            var random = SeededGenerator(seed: request.seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
                            let s = Int32(random.next() % UInt64(n))
                            var t = Int32(random.next() % UInt64(n - 1))
                            if t >= s { t += 1 }
                            sample.draw(from: s, to: t, forward: forward, backward: backward, random: &random) { hits[Int($0)] += 1 }
                            index += workers
                        }
                    }
                }
                return hits
            }
            let scratch = PathScratch(nodeCount: n)
            withRows(offsets: network.offsets, targets: network.targets, lengths: lengths) { rows in
                withRows(offsets: network.inOffsets, targets: network.inTargets, lengths: inLengths) { back in
                    var sample = worker
                    while sample < samples {
                        var random = SeededGenerator(seed: request.seed &+ UInt64(sample) &* 0x2545_F491_4F6C_DD1D)
                        let s = Int32(random.next() % UInt64(n))
                        var t = Int32(random.next() % UInt64(n - 1))
                        if t >= s { t += 1 }
                        scratch.dijkstra(from: s, rows: rows, stoppingAt: t)
                        scratch.walkBack(from: t, to: s, rows: back, random: &random) { hits[Int($0)] += 1 }
                        scratch.clearQueue()
                        scratch.reset()
                        sample += workers
                    }
                }
            }
            return hits
        }
        var total = [Int](repeating: 0, count: n)
        for part in parts {
            for node in 0..<n { total[node] += part[node] }
        }
        // b(v) estimates Σ_{s≠t} σ_st(v)/σ_st / (n(n−1)); networkx divides by (n−1)(n−2).
        let scale = Double(n) / Double(n - 2) / Double(samples)
        return ApproximateBetweenness(scores: CentralityScores(ids: ids, values: total.map { Double($0) * scale }),
                                      samples: samples, vertexDiameterBound: bound)
    }

    /// An upper bound on the number of actors on any shortest path.
    private func vertexDiameterBound(metric: PathMetric) -> Int {
        let parts = components()
        guard case .hops = metric, !isDirected else { return parts.sizes.first ?? 0 }
        var seen = [Bool](repeating: false, count: parts.count)
        var bound = 0
        let scratch = PathScratch(nodeCount: nodeCount)
        withRows(offsets: offsets, targets: targets) { rows in
            for node in 0..<nodeCount where !seen[Int(parts.componentOf[node])] {
                seen[Int(parts.componentOf[node])] = true
                scratch.breadthFirst(from: Int32(node), rows: rows, countPaths: false)
                let eccentricity = Int(scratch.hops[Int(scratch.order[scratch.reached - 1])])
                bound = max(bound, min(2 * eccentricity + 1, parts.sizes[Int(parts.componentOf[node])]))
                scratch.reset()
            }
        }
        return bound
    }
}

extension PathScratch {
    /// Walks one shortest path from `target` back to `source`, drawn uniformly (each
    /// predecessor `p` of `w` with probability σ(p)/σ(w)), calling `visit` on its inner nodes.
    func walkBack(from target: Int32, to source: Int32, rows: Rows, random: inout SeededGenerator,
                  visit: (Int32) -> Void) {
        let weighted = !rows.lengths.isEmpty
        var w = Int(target)
        guard weighted ? distance[w] < .infinity : hops[w] >= 0 else { return }
        while w != Int(source) {
            let draw = Double(random.next() >> 11) * 0x1p-53 * sigma[w]
            var cumulative = 0.0
            var chosen = -1
            for entry in rows.offsets[w]..<rows.offsets[w + 1] {
                let p = Int(rows.targets[entry])
                let onPath = weighted
                    ? (hops[p] >= 0 && distance[p] + rows.lengths[entry] == distance[w])
                    : (hops[p] >= 0 && hops[p] + 1 == hops[w])
                guard onPath else { continue }
                chosen = p
                cumulative += sigma[p]
                if draw < cumulative { break }
            }
            guard chosen >= 0 else { return }
            w = chosen
            if w != Int(source) { visit(Int32(truncatingIfNeeded: w)) }
        }
    }
}

extension PathScratch {
    /// Clears the nodes a stopped search left in the queue (reached but never settled).
    /// - Complexity: O(queue size · log n).
    func clearQueue() {
        while let entry = queue.popMin() {
            let v = Int(entry.node)
            if hops[v] < 0 {
                distance[v] = .infinity
                sigma[v] = 0
            }
        }
    }
}
