import StakeMap

/// A finished report: the page, and what happened on the way.
public struct Report: Sendable {
    /// The self-contained HTML page (UTF-8 text; no external resources).
    public var html: String
    /// Whether the map could be drawn (Graphviz present and working).
    public var hasMap: Bool
    /// Non-fatal problems: the map could not be drawn, Graphviz warnings.
    public var warnings: [Diagnostic]

    /// Creates a report.
    public init(html: String, hasMap: Bool, warnings: [Diagnostic] = []) {
        self.html = html
        self.hasMap = hasMap
        self.warnings = warnings
    }
}
