/// How a node is drawn: a Graphviz shape, its fill and outline.
struct NodeStyle: Hashable {
    /// The Graphviz shape (`ellipse`, `box`, `hexagon`, …).
    var shape: String
    /// Fill colour (`#RRGGBB`).
    var fill: String
    /// Outline and accent colour (`#RRGGBB`).
    var outline: String
    /// Extra `style` words besides `filled` (`rounded`, `dashed`).
    var extraStyle: [String] = []
    /// Outline count (2 draws a double outline).
    var peripheries: Int = 1

    /// The `style` attribute.
    var style: String { (["filled"] + extraStyle).joined(separator: ",") }
}

/// How an edge is drawn.
struct EdgeStyle: Hashable {
    /// Line colour (`#RRGGBB`).
    var color: String
    /// `solid`, `dashed`, `dotted` or `bold`.
    var line: String
    /// The arrowhead at the target, for directed kinds.
    var arrowhead: String
    /// Line width in points.
    var width: Double
    /// Whether the edge has a direction (an arrow).
    var directed: Bool
}
