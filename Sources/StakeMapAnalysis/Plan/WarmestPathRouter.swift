import HeapModule

/// The warmest path by Dijkstra's algorithm (Dijkstra 1959) over a relationship view, a tie's
/// length being 1/strength (strong ties are short).
public struct WarmestPathRouter: IntroductionRouting {
    private let network: Network

    /// A router over `network` (its direction is ignored).
    public init(network: Network) {
        self.network = network.undirected()
    }

    /// The warmest path only (this router does not enumerate alternatives).
    /// - Complexity: O((n + m) log n).
    public func paths(from source: String, to target: String, k: Int) -> [RoutedPath] {
        k > 0 ? dijkstra(from: source, to: target).map { [$0] } ?? [] : []
    }

    /// The warmest path; among equal costs the one found first in index order.
    /// - Complexity: O((n + m) log n).
    private func dijkstra(from source: String, to target: String) -> RoutedPath? {
        guard let s = network.index(of: source), let t = network.index(of: target) else { return nil }
        if s == t { return RoutedPath(actors: [source], cost: 0) }
        let n = network.nodeCount
        var distance = [Double](repeating: .infinity, count: n)
        var previous = [Int32](repeating: -1, count: n)
        var done = [Bool](repeating: false, count: n)
        var heap = Heap<Entry>()
        distance[Int(s)] = 0
        heap.insert(Entry(distance: 0, node: s))
        while let entry = heap.popMin() {
            let v = Int(entry.node)
            if done[v] { continue }
            done[v] = true
            if entry.node == t { break }
            for position in network.offsets[v]..<network.offsets[v + 1] {
                let w = Int(network.targets[position])
                let candidate = entry.distance + 1 / network.weights[position]
                if candidate < distance[w] {
                    distance[w] = candidate
                    previous[w] = Int32(v)
                    heap.insert(Entry(distance: candidate, node: Int32(w)))
                }
            }
        }
        guard distance[Int(t)].isFinite else { return nil }
        var nodes = [t]
        while let last = nodes.last, previous[Int(last)] >= 0 { nodes.append(previous[Int(last)]) }
        return RoutedPath(actors: nodes.reversed().map { network.ids[Int($0)] }, cost: distance[Int(t)])
    }

    private struct Entry: Comparable {
        let distance: Double
        let node: Int32
        static func < (lhs: Entry, rhs: Entry) -> Bool { (lhs.distance, lhs.node) < (rhs.distance, rhs.node) }
    }
}
