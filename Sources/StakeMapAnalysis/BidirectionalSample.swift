/// Scratch memory for drawing one uniform shortest path between two nodes by balanced
/// bidirectional breadth-first search (as in Borassi & Natale 2016, "KADABRA"), allocated once per
/// worker: each side grows one whole level at a time, the side with the smaller frontier degree
/// first, until the two meet; every shortest path then runs through exactly one meeting node.
final class BidirectionalSample {
    /// Distance from the source (side 0) and to the target (side 1): entry `side · n + node`.
    private let distance: UnsafeMutableBufferPointer<Int32>
    /// Shortest-path counts, indexed like `distance`.
    private let sigma: UnsafeMutableBufferPointer<Double>
    private let n: Int
    private var touched: [Int32] = []

    init(nodeCount: Int) {
        n = nodeCount
        distance = .allocate(capacity: 2 * max(nodeCount, 1))
        distance.initialize(repeating: -1)
        sigma = .allocate(capacity: 2 * max(nodeCount, 1))
        sigma.initialize(repeating: 0)
    }

    deinit {
        distance.deallocate()
        sigma.deallocate()
    }

    /// Draws one shortest path from `source` to `target` uniformly at random and calls `visit`
    /// on its inner nodes; nothing when `target` is unreachable. `forward` are outgoing rows,
    /// `backward` incoming rows (the same rows when undirected).
    /// - Complexity: O(entries of the levels explored), at worst O(n + m).
    func draw(from source: Int32, to target: Int32, forward: Rows, backward: Rows,
              random: inout SeededGenerator, visit: (Int32) -> Void) {
        defer { reset() }
        let rows = [forward, backward]
        var frontier: [[Int32]] = [[source], [target]]
        var load = [rowLength(forward, source), rowLength(backward, target)]
        for (side, node) in [(0, source), (1, target)] {
            distance[side * n + Int(node)] = 0
            sigma[side * n + Int(node)] = 1
            touched.append(node)
        }
        var meeting = [Int32]()
        while meeting.isEmpty {
            let side = load[0] <= load[1] ? 0 : 1
            guard !frontier[side].isEmpty else { return }
            var next = [Int32](), nextLoad = 0
            let other = 1 - side
            for v in frontier[side] {
                let level = distance[side * n + Int(v)] + 1, paths = sigma[side * n + Int(v)]
                for entry in rows[side].offsets[Int(v)]..<rows[side].offsets[Int(v) + 1] {
                    let w = Int(rows[side].targets[entry])
                    if distance[side * n + w] < 0 {
                        distance[side * n + w] = level
                        next.append(Int32(truncatingIfNeeded: w))
                        touched.append(Int32(truncatingIfNeeded: w))
                        nextLoad += rowLength(rows[side], Int32(truncatingIfNeeded: w))
                        if distance[other * n + w] >= 0 { meeting.append(Int32(truncatingIfNeeded: w)) }
                    }
                    if distance[side * n + w] == level { sigma[side * n + w] += paths }
                }
            }
            frontier[side] = next
            load[side] = nextLoad
        }
        // Choose the meeting node by its share σ_s(w)·σ_t(w) of the shortest paths.
        var total = 0.0
        for w in meeting { total += sigma[Int(w)] * sigma[n + Int(w)] }
        var draw = Double(random.next() >> 11) * 0x1p-53 * total
        var middle = meeting[meeting.count - 1]
        for w in meeting {
            draw -= sigma[Int(w)] * sigma[n + Int(w)]
            if draw < 0 {
                middle = w
                break
            }
        }
        if middle != source && middle != target { visit(middle) }
        // Back towards the source over incoming rows, on towards the target over outgoing ones.
        for side in 0...1 {
            var x = middle
            while distance[side * n + Int(x)] > 0 {
                let rowsBack = rows[1 - side]
                var pick = Double(random.next() >> 11) * 0x1p-53 * sigma[side * n + Int(x)]
                var chosen = x
                for entry in rowsBack.offsets[Int(x)]..<rowsBack.offsets[Int(x) + 1] {
                    let p = Int(rowsBack.targets[entry])
                    guard distance[side * n + p] >= 0 && distance[side * n + p] + 1 == distance[side * n + Int(x)] else { continue }
                    chosen = Int32(truncatingIfNeeded: p)
                    pick -= sigma[side * n + p]
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

    private func reset() {
        for node in touched {
            for side in 0...1 {
                distance[side * n + Int(node)] = -1
                sigma[side * n + Int(node)] = 0
            }
        }
        touched.removeAll(keepingCapacity: true)
    }
}
