import HeapModule

/// A read-only view of adjacency rows for hot loops; valid only inside `withRows`.
struct Rows {
    /// Row offsets (`nodeCount + 1`).
    let offsets: UnsafeBufferPointer<Int>
    /// Neighbour per entry.
    let targets: UnsafeBufferPointer<Int32>
    /// Length per entry (empty when measuring hops).
    let lengths: UnsafeBufferPointer<Double>
    /// Edge index per entry (empty when not needed).
    let edges: UnsafeBufferPointer<Int32>
}

/// Calls `body` with unsafe views of the given row arrays; the views never escape.
func withRows<Result>(offsets: [Int], targets: [Int32], lengths: [Double] = [], edges: [Int32] = [],
                      _ body: (Rows) -> Result) -> Result {
    offsets.withUnsafeBufferPointer { offsets in
        targets.withUnsafeBufferPointer { targets in
            lengths.withUnsafeBufferPointer { lengths in
                edges.withUnsafeBufferPointer { edges in
                    body(Rows(offsets: offsets, targets: targets, lengths: lengths, edges: edges))
                }
            }
        }
    }
}

/// A Dijkstra queue entry: tentative distance, then node, so equal distances pop by index.
struct QueueEntry: Comparable {
    var distance: Double
    var node: Int32

    static func < (lhs: QueueEntry, rhs: QueueEntry) -> Bool {
        lhs.distance < rhs.distance || (lhs.distance == rhs.distance && lhs.node < rhs.node)
    }
}

/// Scratch memory for single-source shortest paths, allocated once per worker (Brandes 2001).
///
/// After a search, `order[0..<reached]` holds the reached nodes in non-decreasing distance,
/// `hops` (breadth-first) or `distance` (Dijkstra) their distance and `sigma` the number of
/// shortest paths from the source. `reset()` clears only what the search touched.
final class PathScratch {
    let nodeCount: Int
    let hops: UnsafeMutableBufferPointer<Int32>
    let distance: UnsafeMutableBufferPointer<Double>
    let sigma: UnsafeMutableBufferPointer<Double>
    let coefficient: UnsafeMutableBufferPointer<Double>
    let order: UnsafeMutableBufferPointer<Int32>
    var reached = 0
    var queue = Heap<QueueEntry>()

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        hops = .allocate(capacity: nodeCount)
        hops.initialize(repeating: -1)
        distance = .allocate(capacity: nodeCount)
        distance.initialize(repeating: .infinity)
        sigma = .allocate(capacity: nodeCount)
        sigma.initialize(repeating: 0)
        coefficient = .allocate(capacity: nodeCount)
        coefficient.initialize(repeating: 0)
        order = .allocate(capacity: max(nodeCount, 1))
        order.initialize(repeating: 0)
    }

    deinit {
        hops.deallocate()
        distance.deallocate()
        sigma.deallocate()
        coefficient.deallocate()
        order.deallocate()
    }

    /// Clears the entries of the nodes the last search reached.
    /// - Complexity: O(reached).
    func reset() {
        for k in 0..<reached {
            let v = Int(order[k])
            hops[v] = -1
            distance[v] = .infinity
            sigma[v] = 0
            coefficient[v] = 0
        }
        reached = 0
    }

    /// Clears what a search that used only `hops`, `sigma` and `order` touched (a breadth-first
    /// search, or the levels of a bidirectional one), leaving `distance` and `coefficient` alone.
    /// - Complexity: O(reached).
    func resetLevels() {
        for k in 0..<reached {
            let v = Int(order[k])
            hops[v] = -1
            sigma[v] = 0
        }
        reached = 0
    }

    /// Breadth-first search from `source`, counting shortest paths when `countPaths`.
    /// - Complexity: O(reached nodes + their entries).
    func breadthFirst(from source: Int32, rows: Rows, countPaths: Bool) {
        let s = Int(source)
        hops[s] = 0
        sigma[s] = 1
        order[0] = source
        var head = 0, tail = 1
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = hops[v] + 1
            let sv = sigma[v]
            for entry in rows.offsets[v]..<rows.offsets[v + 1] {
                let w = Int(rows.targets[entry])
                if hops[w] < 0 {
                    hops[w] = next
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail += 1
                }
                if countPaths && hops[w] == next { sigma[w] += sv }
            }
        }
        reached = tail
    }

    /// Dijkstra's algorithm from `source` over `rows.lengths`, counting shortest paths; with a
    /// `target`, stopped once it is settled (its σ is then final; call `clearQueue()` before
    /// `reset()`, as the queue still holds reached, unsettled nodes).
    ///
    /// Path lengths are summed in path order and compared exactly, as networkx does, so that
    /// equal-length paths are counted alike.
    /// - Complexity: O((reached nodes + their entries) log n).
    func dijkstra(from source: Int32, rows: Rows, stoppingAt target: Int32 = -1) {
        let s = Int(source)
        distance[s] = 0
        sigma[s] = 1
        var settled = 0
        queue.insert(QueueEntry(distance: 0, node: source))
        while let entry = queue.popMin() {
            let v = Int(entry.node)
            // Skip stale entries and nodes already settled (marked by a non-negative hop).
            if hops[v] >= 0 || entry.distance > distance[v] { continue }
            hops[v] = 0
            order[settled] = entry.node
            settled += 1
            if entry.node == target { break }
            let dv = distance[v]
            let sv = sigma[v]
            for position in rows.offsets[v]..<rows.offsets[v + 1] {
                let w = Int(rows.targets[position])
                if hops[w] >= 0 { continue }
                let candidate = dv + rows.lengths[position]
                if candidate < distance[w] {
                    distance[w] = candidate
                    sigma[w] = sv
                    queue.insert(QueueEntry(distance: candidate, node: Int32(truncatingIfNeeded: w)))
                } else if candidate == distance[w] {
                    sigma[w] += sv
                }
            }
        }
        reached = settled
    }
}
