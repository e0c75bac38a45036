/// Local clustering coefficients and the global transitivity of a network.
public struct Clustering: Sendable, Hashable {
    /// The clustering coefficient of each node: the share of pairs of its neighbours that are
    /// tied to each other (0 with fewer than two neighbours).
    public let coefficients: CentralityScores
    /// Transitivity: three times the triangles over the connected triples.
    public let transitivity: Double
    /// The number of triangles each node is part of.
    public let triangles: [Int]

    /// The mean clustering coefficient over all nodes, zeros included (networkx
    /// `average_clustering`); 0 for an empty network.
    public var average: Double {
        coefficients.values.isEmpty ? 0 : coefficients.values.reduce(0, +) / Double(coefficients.values.count)
    }
}

extension Network {
    /// Clustering coefficients (Watts & Strogatz 1998) and transitivity (Newman 2003) of the
    /// undirected, unweighted view, as networkx `clustering` and `transitivity` define them.
    /// - Complexity: O(Σ degree²) time, O(n) extra memory.
    public func clustering() -> Clustering {
        let network = undirected()
        let n = network.nodeCount
        let offsets = network.offsets, targets = network.targets
        var mark = [Bool](repeating: false, count: n)
        var triangles = [Int](repeating: 0, count: n)
        var coefficients = [Double](repeating: 0, count: n)
        var closed = 0, triples = 0
        for v in 0..<n {
            let row = offsets[v]..<offsets[v + 1]
            for entry in row { mark[Int(targets[entry])] = true }
            var links = 0
            for entry in row {
                let u = Int(targets[entry])
                for other in offsets[u]..<offsets[u + 1] where mark[Int(targets[other])] { links += 1 }
            }
            for entry in row { mark[Int(targets[entry])] = false }
            // Each triangle at v is seen twice (once from each of the other two corners).
            triangles[v] = links / 2
            let degree = row.count
            if degree > 1 { coefficients[v] = Double(links) / Double(degree * (degree - 1)) }
            closed += links
            triples += degree * (degree - 1)
        }
        let transitivity = closed == 0 ? 0 : Double(closed) / Double(triples)
        return Clustering(coefficients: CentralityScores(ids: network.ids, values: coefficients),
                          transitivity: transitivity, triangles: triangles)
    }
}
