/// A network read from disk, with the warnings the reader had about it.
public struct LoadedGraph: Sendable {
    /// The network.
    public var graph: Graph
    /// Non-fatal problems (dropped fields, defaults applied).
    public var warnings: [Diagnostic]
    /// Every file read: the input first, then what it includes (empty when read from memory).
    public var files: [String]

    /// Creates a result.
    public init(graph: Graph, warnings: [Diagnostic] = [], files: [String] = []) {
        self.graph = graph
        self.warnings = warnings
        self.files = files
    }
}
