/// A Graphviz layout engine, or `auto` to choose one by the size of the map.
public enum LayoutEngine: String, Sendable, CaseIterable, Hashable {
    /// Chooses by size: `dot` up to 150 nodes, `neato` up to 800, `sfdp` beyond.
    case auto
    /// Hierarchical layers; honours clusters. Slow beyond a few hundred nodes.
    case dot
    /// Spring model (stress majorization). Ignores clusters.
    case neato
    /// Force-directed; honours clusters. Slow beyond a few hundred nodes.
    case fdp
    /// Multiscale force-directed, for large maps. Ignores clusters.
    case sfdp
    /// Circular. Ignores clusters.
    case circo
    /// Radial around a centre. Ignores clusters.
    case twopi

    /// The largest map `auto` lays out with `dot`.
    public static let autoDotLimit = 150
    /// The largest map `auto` lays out with `neato`; beyond it, `sfdp`.
    public static let autoNeatoLimit = 800

    /// The engine `auto` stands for on a map of `nodeCount` nodes; other engines are themselves.
    public func resolved(nodeCount: Int) -> LayoutEngine {
        guard self == .auto else { return self }
        if nodeCount <= LayoutEngine.autoDotLimit { return .dot }
        if nodeCount <= LayoutEngine.autoNeatoLimit { return .neato }
        return .sfdp
    }

    /// Whether the engine draws clusters (coalitions as boxes around their members).
    public var drawsClusters: Bool { self == .dot || self == .fdp }
}
