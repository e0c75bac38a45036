/// The articulation points and bridges of a network: the single actors and single ties whose
/// loss would split it.
public struct Cuts: Sendable, Hashable {
    /// Whether each node is an articulation point (cut vertex).
    public let isArticulationPoint: [Bool]
    /// The bridges, as `(lower, higher)` node pairs sorted.
    public let bridges: [NodeEdge]

    /// The articulation points, by node index.
    public var articulationPoints: [Int32] {
        isArticulationPoint.indices.filter { isArticulationPoint[$0] }.map { Int32($0) }
    }
}

/// An undirected node pair, `source < target`.
public struct NodeEdge: Sendable, Hashable, Comparable {
    /// The lower node index.
    public let source: Int32
    /// The higher node index.
    public let target: Int32

    /// Creates the pair in order.
    public init(_ a: Int32, _ b: Int32) {
        (source, target) = a < b ? (a, b) : (b, a)
    }

    /// Orders by source, then target.
    public static func < (lhs: NodeEdge, rhs: NodeEdge) -> Bool {
        (lhs.source, lhs.target) < (rhs.source, rhs.target)
    }
}

extension Network {
    /// Articulation points and bridges of the undirected view (Hopcroft & Tarjan 1973), by
    /// an iterative depth-first search (no recursion: safe on networks of any size).
    ///
    /// Matches networkx `articulation_points` and `bridges`.
    /// - Complexity: O(n + m) time and memory.
    public func cuts() -> Cuts {
        let network = undirected()
        let n = network.nodeCount
        let offsets = network.offsets, targets = network.targets, edgeOf = network.edgeIndices
        var discovery = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var isCut = [Bool](repeating: false, count: n)
        var bridges = [NodeEdge]()
        // The DFS stack: node, the edge it was entered by (−1 for a root), next entry.
        var stack = [(node: Int32, parentEdge: Int32, entry: Int)]()
        var time: Int32 = 0
        for root in 0..<n where discovery[root] < 0 {
            discovery[root] = time; low[root] = time; time += 1
            stack.append((Int32(root), -1, offsets[root]))
            var rootChildren = 0
            while let top = stack.last {
                let v = Int(top.node)
                if top.entry < offsets[v + 1] {
                    stack[stack.count - 1].entry += 1
                    let w = Int(targets[top.entry])
                    let edge = edgeOf[top.entry]
                    if edge == top.parentEdge { continue }
                    if discovery[w] < 0 {
                        discovery[w] = time; low[w] = time; time += 1
                        if v == root { rootChildren += 1 }
                        stack.append((Int32(w), edge, offsets[w]))
                    } else {
                        low[v] = min(low[v], discovery[w])
                    }
                } else {
                    stack.removeLast()
                    guard let parent = stack.last else { continue }
                    let u = Int(parent.node)
                    low[u] = min(low[u], low[v])
                    if low[v] > discovery[u] { bridges.append(NodeEdge(Int32(u), Int32(v))) }
                    if u != root && low[v] >= discovery[u] { isCut[u] = true }
                }
            }
            if rootChildren > 1 { isCut[root] = true }
        }
        return Cuts(isArticulationPoint: isCut, bridges: bridges.sorted())
    }

    /// The articulation points of the undirected view, by node index (see `cuts()`).
    /// - Complexity: O(n + m).
    public func articulationPoints() -> [Int32] { cuts().articulationPoints }
}
