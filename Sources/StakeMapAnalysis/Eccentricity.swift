/// The eccentricities of a network's actors and the diameter and radius they give.
public struct Extent: Sendable, Hashable {
    /// Each actor's eccentricity: the greatest number of hops to any actor of its own component
    /// of the undirected view (0 for an isolated actor).
    public let eccentricity: CentralityScores
    /// The diameter (greatest eccentricity) of the largest component.
    public let diameter: Int
    /// The radius (smallest eccentricity) of the largest component.
    public let radius: Int
    /// The number of actors in the largest component.
    public let largestComponentSize: Int
    /// Whether the network is connected (a single component), so that the diameter and radius
    /// are those of the whole network.
    public let isConnected: Bool
}

extension Network {
    /// Eccentricities in hops on the undirected view, each within the actor's own component,
    /// with the diameter and radius of the largest component: networkx `eccentricity`,
    /// `diameter` and `radius` on `G.to_undirected()` (on each component when disconnected,
    /// where networkx itself raises). Roots are spread over all cores.
    /// - Complexity: O(n · m) time, O(n) memory per core.
    public func extent() -> Extent {
        let network = undirected()
        let n = network.nodeCount
        let parts = network.components()
        let workers = Parallel.workers(for: n)
        let found = Parallel.map(workers: workers) { worker -> [(Int, Int32)] in
            let scratch = PathScratch(nodeCount: n)
            var result = [(Int, Int32)]()
            withRows(offsets: network.offsets, targets: network.targets) { rows in
                var root = worker
                while root < n {
                    scratch.breadthFirst(from: Int32(root), rows: rows, countPaths: false)
                    result.append((root, scratch.hops[Int(scratch.order[scratch.reached - 1])]))
                    scratch.reset()
                    root += workers
                }
            }
            return result
        }
        var eccentricity = [Double](repeating: 0, count: n)
        for part in found {
            for (node, value) in part { eccentricity[node] = Double(value) }
        }
        let largest = (0..<n).filter { parts.componentOf[$0] == 0 }.map { eccentricity[$0] }
        return Extent(eccentricity: CentralityScores(ids: ids, values: eccentricity),
                      diameter: Int(largest.max() ?? 0), radius: Int(largest.min() ?? 0),
                      largestComponentSize: parts.sizes.first ?? 0, isConnected: parts.count <= 1)
    }

    /// The degree distribution: entry `k` is the number of actors with `k` neighbours (in- plus
    /// out-neighbours on a directed view), networkx `degree_histogram`.
    /// - Complexity: O(n).
    public func degreeHistogram() -> [Int] {
        var histogram = [Int]()
        for node in 0..<nodeCount {
            let v = Int32(node)
            let total = isDirected ? degree(of: v) + inDegree(of: v) : degree(of: v)
            if histogram.count <= total { histogram += [Int](repeating: 0, count: total + 1 - histogram.count) }
            histogram[total] += 1
        }
        return histogram
    }
}
