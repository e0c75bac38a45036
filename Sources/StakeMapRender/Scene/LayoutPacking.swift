/// Packing of disconnected maps for the spring engines.
///
/// A map of many components (isolated actors, pairs, small groups beside the main network)
/// sent whole through `neato`/`sfdp` overlap removal costs seconds (1,000 isolated actors:
/// 5 s); laid out one component at a time and packed, it takes a tenth of a second. Few
/// components are packed as shapes around each other (`packmode=graph`); many are set in
/// rows (`packmode=array`), in a near-square grid.
enum LayoutPacking {
    /// Above this many components, packing by shape (polyomino) is slow: they go in rows.
    static let shapePackingLimit = 30

    /// The graph attributes that pack the components of `scene`, or none when it is connected,
    /// small enough for the engines' own handling, or laid out by an engine that does not pack.
    static func attributes(for scene: Scene) -> [Scene.Attribute] {
        guard scene.engine == .neato || scene.engine == .sfdp, scene.nodes.count > LayoutEngine.autoDotLimit else { return [] }
        let sizes = componentSizes(nodeCount: scene.nodes.count, edges: scene.edges.map { ($0.tail, $0.head) })
        guard sizes.count > 1 else { return [] }
        var list = AttributeList()
        list.set("pack", "true")
        if sizes.count <= shapePackingLimit {
            list.set("packmode", "graph")
        } else {
            // Labels are about 2.5 times as wide as tall: this many columns gives a squarish grid.
            let columns = max(1, Int((Double(sizes.count) * 0.45).squareRoot().rounded()))
            list.set("packmode", "array_\(columns)")
        }
        return list.items
    }

    /// The size of every connected component (edges taken as undirected).
    static func componentSizes(nodeCount: Int, edges: [(Int, Int)]) -> [Int] {
        var parent = Array(0..<nodeCount)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        for (tail, head) in edges {
            let (a, b) = (root(tail), root(head))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var sizes: [Int: Int] = [:]
        for node in 0..<nodeCount { sizes[root(node), default: 0] += 1 }
        return Array(sizes.values)
    }
}
