/// A map ready for Graphviz, as plain Swift values: every attribute already escaped.
///
/// Building the scene is pure and testable; `GraphvizRenderer` turns it into a cgraph graph.
struct Scene {
    /// One attribute; `isHTML` marks an HTML-like label (`label=<…>`).
    struct Attribute: Hashable {
        /// The Graphviz attribute name.
        var name: String
        /// The value, escaped for Graphviz.
        var value: String
        /// Whether the value is an HTML-like label.
        var isHTML = false
    }

    /// A cluster (a coalition and its members), possibly inside another.
    struct Cluster {
        /// The subgraph name (starts with `cluster`).
        var name: String
        /// The enclosing cluster's position in `clusters`, if nested.
        var parent: Int?
        /// Its attributes.
        var attributes: [Attribute]
    }

    /// A node: an actor or an event.
    struct Node {
        /// The cgraph node name.
        var name: String
        /// The innermost cluster holding it, by position in `clusters`.
        var cluster: Int?
        /// Its attributes.
        var attributes: [Attribute]
    }

    /// An edge between two nodes, by position in `nodes`.
    struct Edge {
        /// The cgraph edge name.
        var name: String
        /// The tail node.
        var tail: Int
        /// The head node.
        var head: Int
        /// Its attributes.
        var attributes: [Attribute]
    }

    /// Root graph attributes (the legend label last, so clusters do not inherit it).
    var graphAttributes: [Attribute] = []
    /// Node attribute defaults.
    var nodeDefaults: [Attribute] = []
    /// Edge attribute defaults.
    var edgeDefaults: [Attribute] = []
    /// Clusters, parents before children.
    var clusters: [Cluster] = []
    /// Nodes in drawing order.
    var nodes: [Node] = []
    /// Edges in drawing order.
    var edges: [Edge] = []
    /// The engine to lay the scene out with.
    var engine: LayoutEngine = .dot
    /// Problems found while building (a slow engine bounded).
    var warnings: [Diagnostic] = []
}

/// An ordered attribute list with helpers that escape as they set.
struct AttributeList {
    /// The attributes, in the order set.
    private(set) var items: [Scene.Attribute] = []

    /// Sets a value that needs no escaping (a colour, a number, a shape name).
    mutating func set(_ name: String, _ value: String) {
        // A node or an edge gets about ten: one allocation instead of four growing ones.
        if items.capacity == 0 { items.reserveCapacity(12) }
        items.append(Scene.Attribute(name: name, value: value))
    }

    /// Sets a number with at most two decimals, deterministically formatted.
    mutating func set(_ name: String, _ value: Double) {
        set(name, AttributeList.format(value))
    }

    /// Sets a plain label, escaped.
    mutating func setLabel(_ text: String, as name: String = "label") {
        set(name, GraphvizText.label(text))
    }

    /// Sets a tooltip, escaped.
    mutating func setTooltip(_ text: String) {
        set("tooltip", GraphvizText.tooltip(text))
    }

    /// Sets an HTML-like label; `html` must already be XML-escaped.
    mutating func setHTML(_ name: String, _ html: String) {
        items.append(Scene.Attribute(name: name, value: html, isHTML: true))
    }

    /// `1.5`, `2`, `0.75`: rounded to two decimals, without trailing zeros.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        if fraction == 0 { return "\(sign)\(whole)" }
        let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(sign)\(whole).\(digits)"
    }
}
