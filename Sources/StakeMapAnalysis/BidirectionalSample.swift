/// Draws one uniform shortest path between two nodes by balanced bidirectional breadth-first
/// search (as in Borassi & Natale 2016, "KADABRA"), on two `PathScratch`es allocated once per
/// worker: each side grows one whole level at a time, the side with the smaller frontier degree
/// first, until the two meet; every shortest path then runs through exactly one meeting node.
///
/// Each side's `hops` and `sigma` are its distances and path counts; its `order` lists the nodes
/// it reached level by level, so a level (the frontier) is a range of `order`.
final class BidirectionalSample {
    /// The search from the source (over outgoing rows) and the one to the target (incoming rows).
    private let sides: [PathScratch]
    private var meeting: [Int32] = []

    init(nodeCount: Int) {
        sides = [PathScratch(nodeCount: nodeCount), PathScratch(nodeCount: nodeCount)]
    }

    /// Draws one shortest path from `source` to `target` uniformly at random and calls `visit`
    /// on its inner nodes; nothing when `target` is unreachable. `forward` are outgoing rows,
    /// `backward` incoming rows (the same rows when undirected).
    /// - Complexity: O(entries of the levels explored), at worst O(n + m).
    func draw(from source: Int32, to target: Int32, forward: Rows, backward: Rows,
              random: inout SeededGenerator, visit: (Int32) -> Void) {
        let (from, to) = (sides[0], sides[1])
        defer {
            from.resetLevels()
            to.resetLevels()
            meeting.removeAll(keepingCapacity: true)
        }
        for (side, node) in [(from, source), (to, target)] {
            side.hops[Int(node)] = 0
            side.sigma[Int(node)] = 1
            side.order[0] = node
            side.reached = 1
        }
        var frontier = [0..<1, 0..<1]
        var load = [rowLength(forward, source), rowLength(backward, target)]
        while meeting.isEmpty {
            let side = load[0] <= load[1] ? 0 : 1
            guard !frontier[side].isEmpty else { return }
            let start = sides[side].reached
            load[side] = sides[side].expandLevel(frontier[side], rows: side == 0 ? forward : backward,
                                                 other: sides[1 - side], meeting: &meeting)
            frontier[side] = start..<sides[side].reached
        }
        // Choose the meeting node by its share σ_s(w)·σ_t(w) of the shortest paths.
        var total = 0.0
        for w in meeting { total += from.sigma[Int(w)] * to.sigma[Int(w)] }
        var draw = Double(random.next() >> 11) * 0x1p-53 * total
        var middle = meeting[meeting.count - 1]
        for w in meeting {
            draw -= from.sigma[Int(w)] * to.sigma[Int(w)]
            if draw < 0 {
                middle = w
                break
            }
        }
        if middle != source && middle != target { visit(middle) }
        // Back towards the source over incoming rows, on towards the target over outgoing ones.
        for (scratch, rowsBack) in [(from, backward), (to, forward)] {
            var x = middle
            while scratch.hops[Int(x)] > 0 {
                var pick = Double(random.next() >> 11) * 0x1p-53 * scratch.sigma[Int(x)]
                var chosen = x
                for entry in rowsBack.offsets[Int(x)]..<rowsBack.offsets[Int(x) + 1] {
                    let p = Int(rowsBack.targets[entry])
                    guard scratch.hops[p] >= 0 && scratch.hops[p] + 1 == scratch.hops[Int(x)] else { continue }
                    chosen = Int32(truncatingIfNeeded: p)
                    pick -= scratch.sigma[p]
                    if pick < 0 { break }
                }
                guard chosen != x else { return }
                x = chosen
                if x != source && x != target { visit(x) }
            }
        }
    }

    private func rowLength(_ rows: Rows, _ node: Int32) -> Int {
        rows.offsets[Int(node) + 1] - rows.offsets[Int(node)]
    }
}

extension PathScratch {
    /// Grows a breadth-first search by one level: expands the nodes `order[frontier]`, appends
    /// the nodes first reached to `order`, counts their shortest paths, and adds to `meeting`
    /// those `other` has reached too. Returns the new level's summed row length (its load).
    /// - Complexity: O(entries of the frontier).
    func expandLevel(_ frontier: Range<Int>, rows: Rows, other: PathScratch, meeting: inout [Int32]) -> Int {
        var tail = reached, load = 0
        for k in frontier {
            let v = Int(order[k])
            let level = hops[v] + 1, paths = sigma[v]
            for entry in rows.offsets[v]..<rows.offsets[v + 1] {
                let w = Int(rows.targets[entry])
                if hops[w] < 0 {
                    hops[w] = level
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail += 1
                    load += rows.offsets[w + 1] - rows.offsets[w]
                    if other.hops[w] >= 0 { meeting.append(Int32(truncatingIfNeeded: w)) }
                }
                if hops[w] == level { sigma[w] += paths }
            }
        }
        reached = tail
        return load
    }
}
