import HeapModule

/// Yen's k shortest loop-free paths (Yen 1971) on an undirected weighted CSR adjacency, with
/// deterministic tie-breaking: equal-cost paths come out in lexicographic order of their node ids.
///
/// - Complexity: O(k · n · (m + n log n)) in the worst case (one Dijkstra per spur node).
struct YenKShortestPaths {
    let offsets: [Int]
    let targets: [Int32]
    let lengths: [Double]
    let ids: [String]
    let blocked: [Bool]

    struct Found: Hashable {
        let nodes: [Int32]
        let cost: Double
    }

    func paths(from source: Int32, to target: Int32, k: Int) -> [Found] {
        guard k > 0, !blocked[Int(source)], !blocked[Int(target)] else { return [] }
        guard let first = shortest(from: source, to: target, removedNodes: [], removedEdges: []) else { return [] }
        var accepted = [first]
        var candidates = [Found]()
        var seen: Set<[Int32]> = [first.nodes]
        while accepted.count < k {
            let previous = accepted[accepted.count - 1]
            for spurIndex in 0..<(previous.nodes.count - 1) {
                let root = Array(previous.nodes[...spurIndex])
                var removedEdges = Set<UInt64>()
                for path in accepted where path.nodes.count > spurIndex && Array(path.nodes[...spurIndex]) == root {
                    removedEdges.insert(edgeKey(path.nodes[spurIndex], path.nodes[spurIndex + 1]))
                }
                let removedNodes = Set(root.dropLast())
                guard let spur = shortest(from: root[spurIndex], to: target, removedNodes: removedNodes, removedEdges: removedEdges) else { continue }
                let nodes = root.dropLast() + spur.nodes
                guard seen.insert(Array(nodes)).inserted else { continue }
                candidates.append(Found(nodes: Array(nodes), cost: cost(of: Array(nodes))))
            }
            guard !candidates.isEmpty else { break }
            candidates.sort(by: precedes)
            accepted.append(candidates.removeFirst())
        }
        return accepted
    }

    /// Orders by cost (within 1e-12 relative), then by the node ids along the path.
    func precedes(_ lhs: Found, _ rhs: Found) -> Bool {
        let tolerance = 1e-12 * max(1, abs(lhs.cost), abs(rhs.cost))
        if abs(lhs.cost - rhs.cost) > tolerance { return lhs.cost < rhs.cost }
        return lhs.nodes.map { ids[Int($0)] }.lexicographicallyPrecedes(rhs.nodes.map { ids[Int($0)] })
    }

    private func edgeKey(_ a: Int32, _ b: Int32) -> UInt64 {
        let (low, high) = a < b ? (a, b) : (b, a)
        return UInt64(UInt32(low)) << 32 | UInt64(UInt32(high))
    }

    private func cost(of nodes: [Int32]) -> Double {
        zip(nodes, nodes.dropFirst()).reduce(0) { total, step in total + length(step.0, step.1) }
    }

    private func length(_ a: Int32, _ b: Int32) -> Double {
        for entry in offsets[Int(a)]..<offsets[Int(a) + 1] where targets[entry] == b { return lengths[entry] }
        return .infinity
    }

    private struct Entry: Comparable {
        let distance: Double
        let path: [String]
        let node: Int32
        static func < (lhs: Entry, rhs: Entry) -> Bool {
            lhs.distance != rhs.distance ? lhs.distance < rhs.distance : lhs.path.lexicographicallyPrecedes(rhs.path)
        }
    }

    /// Dijkstra from `source` to `target`; among equal-length paths the lexicographically
    /// smallest id sequence wins, so results do not depend on node numbering.
    private func shortest(from source: Int32, to target: Int32, removedNodes: Set<Int32>, removedEdges: Set<UInt64>) -> Found? {
        var best = [Int32: (distance: Double, path: [String], nodes: [Int32])]()
        var heap = Heap<Entry>()
        best[source] = (0, [ids[Int(source)]], [source])
        heap.insert(Entry(distance: 0, path: [ids[Int(source)]], node: source))
        var done = Set<Int32>()
        while let entry = heap.popMin() {
            let node = entry.node
            guard done.insert(node).inserted else { continue }
            guard let current = best[node] else { continue }
            if node == target { return Found(nodes: current.nodes, cost: current.distance) }
            for position in offsets[Int(node)]..<offsets[Int(node) + 1] {
                let next = targets[position]
                if blocked[Int(next)] || removedNodes.contains(next) || done.contains(next) { continue }
                if removedEdges.contains(edgeKey(node, next)) { continue }
                let distance = current.distance + lengths[position]
                let path = current.path + [ids[Int(next)]]
                if let known = best[next] {
                    let tolerance = 1e-12 * max(1, distance)
                    if distance > known.distance + tolerance { continue }
                    if abs(distance - known.distance) <= tolerance && !path.lexicographicallyPrecedes(known.path) { continue }
                }
                best[next] = (distance, path, current.nodes + [next])
                heap.insert(Entry(distance: distance, path: path, node: next))
            }
        }
        return nil
    }
}
