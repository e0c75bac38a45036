/// A network read from disk, with the warnings the reader had about it.
public struct LoadedGraph: Sendable {
    /// The network.
    public var graph: Graph
    /// Non-fatal problems (dropped fields, defaults applied).
    public var warnings: [Diagnostic]

    /// Creates a result.
    public init(graph: Graph, warnings: [Diagnostic] = []) {
        self.graph = graph
        self.warnings = warnings
    }
}
