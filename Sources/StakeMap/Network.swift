/// An immutable, index-based view of a network for algorithms: compressed sparse rows.
///
/// Nodes are numbered `0..<nodeCount` (`Int32` in the arrays). Each undirected edge appears
/// in the adjacency of both ends; each directed edge in `outgoing` of its source and
/// `incoming` of its target. Parallel edges are merged (strength: the maximum) and self-loops
/// are dropped, so the view is a simple graph. Neighbour lists are sorted by node index.
public struct Network: Sendable {
    /// Whether edges have a direction.
    public let isDirected: Bool
    /// The actor id of each node.
    public let ids: [String]
    /// Row offsets into `targets`/`weights`/`edgeIndices` (`nodeCount + 1` entries): outgoing
    /// (or all, when undirected) neighbours of node `v` are at `offsets[v]..<offsets[v+1]`.
    public let offsets: [Int]
    /// Neighbour node per adjacency entry.
    public let targets: [Int32]
    /// Strength (1–5 in native data; any positive number from foreign data) per adjacency entry.
    public let weights: [Double]
    /// The edge (index into `edgeSources`) each adjacency entry belongs to.
    public let edgeIndices: [Int32]
    /// Row offsets for incoming neighbours (same arrays as outgoing when undirected).
    public let inOffsets: [Int]
    /// Incoming neighbour node per entry.
    public let inTargets: [Int32]
    /// Strength per incoming entry.
    public let inWeights: [Double]
    /// The edge (index into `edgeSources`) each incoming entry belongs to.
    public let inEdgeIndices: [Int32]
    /// The source node of each edge (the lower index when undirected).
    public let edgeSources: [Int32]
    /// The target node of each edge.
    public let edgeTargets: [Int32]
    /// The strength of each edge (the maximum over merged parallel ties: the closest counts).
    public let edgeWeights: [Double]
    /// The smallest strength of each edge over merged parallel ties (equal to `edgeWeights` when
    /// the edge had no parallel tie): the shortest length when strength itself is the length.
    public let edgeMinimumWeights: [Double]
    private let indexByID: [String: Int32]

    /// The number of nodes.
    public var nodeCount: Int { ids.count }
    /// The number of distinct edges.
    public var edgeCount: Int { edgeSources.count }

    /// Builds the view from node ids and edges given by node position.
    ///
    /// - Parameters:
    ///   - ids: one id per node, unique.
    ///   - edges: `(source, target, strength)` by position in `ids`.
    ///   - directed: whether to keep direction.
    /// - Complexity: O(V + E log E).
    public init(ids: [String], edges: [NetworkEdge], directed: Bool) {
        self.isDirected = directed
        self.ids = ids
        var index = [String: Int32](minimumCapacity: ids.count)
        for (position, id) in ids.enumerated() { index[id] = Int32(position) }
        self.indexByID = index

        // Normalise, drop self-loops, merge parallel edges keeping the maximum strength.
        var keyed = [(key: UInt64, weight: Double)]()
        keyed.reserveCapacity(edges.count)
        for edge in edges where edge.source != edge.target {
            var (u, v) = (edge.source, edge.target)
            if !directed && u > v { swap(&u, &v) }
            keyed.append((UInt64(UInt32(u)) << 32 | UInt64(UInt32(v)), edge.strength))
        }
        keyed.sort { $0.key < $1.key }
        var sources = [Int32](), destinations = [Int32](), strengths = [Double](), smallest = [Double]()
        sources.reserveCapacity(keyed.count)
        destinations.reserveCapacity(keyed.count)
        strengths.reserveCapacity(keyed.count)
        for item in keyed {
            let u = Int32(truncatingIfNeeded: item.key >> 32), v = Int32(truncatingIfNeeded: item.key & 0xFFFF_FFFF)
            if let last = sources.indices.last, sources[last] == u, destinations[last] == v {
                strengths[last] = max(strengths[last], item.weight)
                smallest[last] = min(smallest[last], item.weight)
            } else {
                sources.append(u)
                destinations.append(v)
                strengths.append(item.weight)
                smallest.append(item.weight)
            }
        }
        edgeSources = sources
        edgeTargets = destinations
        edgeWeights = strengths
        edgeMinimumWeights = smallest

        let count = ids.count
        let out = Network.compress(count: count, sources: sources, targets: destinations, weights: strengths,
                                   bothWays: !directed)
        offsets = out.offsets
        targets = out.targets
        weights = out.weights
        edgeIndices = out.edges
        if directed {
            let incoming = Network.compress(count: count, sources: destinations, targets: sources,
                                            weights: strengths, bothWays: false)
            inOffsets = incoming.offsets
            inTargets = incoming.targets
            inWeights = incoming.weights
            inEdgeIndices = incoming.edges
        } else {
            inOffsets = out.offsets
            inTargets = out.targets
            inWeights = out.weights
            inEdgeIndices = out.edges
        }
    }

    private static func compress(count: Int, sources: [Int32], targets: [Int32], weights: [Double], bothWays: Bool)
        -> (offsets: [Int], targets: [Int32], weights: [Double], edges: [Int32]) {
        var degree = [Int](repeating: 0, count: count + 1)
        for u in sources { degree[Int(u) + 1] += 1 }
        if bothWays { for v in targets { degree[Int(v) + 1] += 1 } }
        for i in 0..<count { degree[i + 1] += degree[i] }
        let total = degree[count]
        var cursor = degree
        var adjacency = [Int32](repeating: 0, count: total)
        var strength = [Double](repeating: 0, count: total)
        var edgeOf = [Int32](repeating: 0, count: total)
        // Edges arrive sorted by (source, target); placing them in order keeps rows sorted
        // for the forward direction. Reverse entries are sorted afterwards.
        for e in 0..<sources.count {
            let u = Int(sources[e]), v = targets[e]
            adjacency[cursor[u]] = v
            strength[cursor[u]] = weights[e]
            edgeOf[cursor[u]] = Int32(e)
            cursor[u] += 1
            if bothWays {
                let w = Int(v)
                adjacency[cursor[w]] = sources[e]
                strength[cursor[w]] = weights[e]
                edgeOf[cursor[w]] = Int32(e)
                cursor[w] += 1
            }
        }
        if bothWays || !Network.isSortedBySource(sources) {
            for node in 0..<count where degree[node + 1] - degree[node] > 1 {
                let range = degree[node]..<degree[node + 1]
                let order = range.sorted { adjacency[$0] < adjacency[$1] }
                let (a, s, e) = (order.map { adjacency[$0] }, order.map { strength[$0] }, order.map { edgeOf[$0] })
                adjacency.replaceSubrange(range, with: a)
                strength.replaceSubrange(range, with: s)
                edgeOf.replaceSubrange(range, with: e)
            }
        }
        return (degree, adjacency, strength, edgeOf)
    }

    private static func isSortedBySource(_ sources: [Int32]) -> Bool {
        zip(sources, sources.dropFirst()).allSatisfy { $0 <= $1 }
    }

    /// The node index of the actor with `id`.
    /// - Complexity: O(1).
    public func index(of id: String) -> Int32? { indexByID[id] }

    /// The outgoing (or, undirected, all) neighbours of `node`, sorted by index.
    @inlinable
    public func neighbors(of node: Int32) -> ArraySlice<Int32> {
        targets[offsets[Int(node)]..<offsets[Int(node) + 1]]
    }

    /// The incoming neighbours of `node` (all neighbours when undirected).
    @inlinable
    public func predecessors(of node: Int32) -> ArraySlice<Int32> {
        inTargets[inOffsets[Int(node)]..<inOffsets[Int(node) + 1]]
    }

    /// The number of outgoing (or, undirected, all) neighbours of `node`.
    @inlinable
    public func degree(of node: Int32) -> Int { offsets[Int(node) + 1] - offsets[Int(node)] }

    /// The number of incoming neighbours of `node`.
    @inlinable
    public func inDegree(of node: Int32) -> Int { inOffsets[Int(node) + 1] - inOffsets[Int(node)] }

    /// The undirected version of this view (itself when already undirected).
    public func undirected() -> Network {
        guard isDirected else { return self }
        let edges = (0..<edgeCount).map {
            NetworkEdge(source: edgeSources[$0], target: edgeTargets[$0], strength: edgeWeights[$0])
        }
        return Network(ids: ids, edges: edges, directed: false)
    }
}

/// One edge handed to `Network.init`, by node position.
public struct NetworkEdge: Sendable, Hashable {
    /// The source node.
    public var source: Int32
    /// The target node.
    public var target: Int32
    /// The strength (closeness; higher is closer).
    public var strength: Double

    /// Creates an edge.
    public init(source: Int32, target: Int32, strength: Double = 1) {
        self.source = source
        self.target = target
        self.strength = strength
    }
}
