import Foundation

/// A rendered map: the bytes of the file, and what happened on the way.
public struct RenderedMap: Sendable {
    /// The file's bytes in `format`.
    public var data: Data
    /// The format of `data`.
    public var format: RenderFormat
    /// The engine that laid the map out (`auto` resolved).
    public var layout: LayoutEngine
    /// The number of actor (and event) nodes drawn.
    public var nodeCount: Int
    /// The number of edges drawn.
    public var edgeCount: Int
    /// Non-fatal problems: Graphviz warnings, a slow engine bounded, a missing font.
    public var warnings: [Diagnostic]

    /// Creates a result.
    public init(data: Data, format: RenderFormat, layout: LayoutEngine, nodeCount: Int, edgeCount: Int,
                warnings: [Diagnostic] = []) {
        self.data = data
        self.format = format
        self.layout = layout
        self.nodeCount = nodeCount
        self.edgeCount = edgeCount
        self.warnings = warnings
    }
}
