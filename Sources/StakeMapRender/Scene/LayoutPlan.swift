/// The engine and engine settings for a map of a given size.
///
/// Measured on 2 cores (GRAPHVIZ.md, docs/PERFORMANCE-RENDER.md): `dot` needs tuned limits
/// beyond ~100 nodes (27 s instead of > 25 min at 1,000), `neato` takes ~2.5 s at 1,000
/// nodes, `fdp` ~88 s at 1,000, `sfdp` well under a second.
struct LayoutPlan {
    /// Above this many nodes `dot` runs with the tuned limits.
    static let dotTuningThreshold = 100
    /// Above this many nodes neato, fdp and twopi draw straight edges: Graphviz's spline router
    /// (`splines=true`) grows steeply (for the mixed networks of scripts/make_network.py, 0.7 s
    /// CPU at 60 nodes, 2.2 s at 100, 6 s at 150, 13 s at 200 against 0.2 s with straight lines).
    static let splineRoutingLimit = 100
    /// Above this many nodes (where `auto` picks `sfdp`) `sfdp` runs with bounded overlap
    /// removal and the fast quadtree: 5,000 nodes in 2 s instead of 7, 1,000 in 0.3 s of CPU
    /// instead of 0.9, and no overlapping labels left on the maps looked at (docs/PERFORMANCE-RENDER.md).
    static let largeMapThreshold = LayoutEngine.autoNeatoLimit
    /// Above this many nodes an explicit engine is reported as slow.
    static let slowThreshold = [LayoutEngine.dot: 300, .fdp: 300, .circo: 500, .twopi: 1_500, .neato: 2_000]

    /// The engine to run.
    let engine: LayoutEngine
    /// Graph attributes for it.
    let attributes: [Scene.Attribute]
    /// A warning when an explicit choice is slow for this size.
    let warnings: [Diagnostic]

    /// Plans the layout of `nodeCount` nodes; `root` is the centre for `twopi`.
    init(requested: LayoutEngine, nodeCount: Int, root: String?) {
        let engine = requested.resolved(nodeCount: nodeCount)
        self.engine = engine
        var list = AttributeList()
        var warnings = [Diagnostic]()
        if requested != .auto, let limit = LayoutPlan.slowThreshold[engine], nodeCount > limit {
            let bounded = engine == .dot || engine == .fdp ? "; its iteration limits are lowered so it finishes" : ""
            warnings.append(Diagnostic(.warning, at: nil,
                "layout '\(engine.rawValue)' is slow on \(nodeCount) nodes\(bounded)",
                hint: "use --layout auto (sfdp beyond \(LayoutEngine.autoNeatoLimit) nodes) for a quick map"))
        }
        switch engine {
        case .auto, .dot:
            list.set("rankdir", "LR")
            list.set("newrank", "true")
            list.set("nodesep", 0.3)
            list.set("ranksep", 0.9)
            if nodeCount > LayoutPlan.dotTuningThreshold {
                // GRAPHVIZ.md: bounds network simplex and crossing minimisation.
                list.set("nslimit", "1")
                list.set("nslimit1", "1")
                list.set("mclimit", 0.1)
                list.set("searchsize", "10")
                list.set("splines", "line")
            } else {
                list.set("splines", "true")
            }
        case .neato:
            list.set("overlap", "false")
            list.set("sep", "+8")
            list.set("splines", nodeCount > LayoutPlan.splineRoutingLimit ? "line" : "true")
            list.set("mode", "major")
        case .fdp:
            list.set("overlap", "false")
            list.set("sep", "+8")
            list.set("splines", nodeCount > LayoutPlan.splineRoutingLimit ? "line" : "true")
            if nodeCount > (LayoutPlan.slowThreshold[.fdp] ?? 300) { list.set("maxiter", "100") }
        case .sfdp where nodeCount > LayoutPlan.largeMapThreshold:
            // Full prism overlap removal takes 5 s of 7 at 5,000 nodes; five rounds leave the
            // map as readable, and the fast quadtree cuts the force computation by half or more.
            list.set("overlap", "prism5")
            list.set("quadtree", "fast")
            list.set("splines", "line")
            list.set("sep", "+4")
        case .sfdp:
            list.set("overlap", "prism")
            list.set("splines", "line")
            list.set("sep", "+4")
        case .circo:
            list.set("overlap", "false")
            list.set("splines", "true")
        case .twopi:
            list.set("overlap", "false")
            list.set("ranksep", 1.5)
            list.set("splines", nodeCount > LayoutPlan.splineRoutingLimit ? "line" : "true")
            if let root { list.set("root", root) }
        }
        self.attributes = list.items
        self.warnings = warnings
    }
}
