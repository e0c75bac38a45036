import StakeMap

/// A finished report: the page, and what happened on the way.
public struct Report: Sendable {
    /// The self-contained HTML page (UTF-8 text; no external resources).
    public var html: String
    /// Whether the map could be drawn (Graphviz present and working).
    public var hasMap: Bool
    /// Problems on the way: warnings (the map could not be drawn, Graphviz warnings) and errors
    /// (a measure that did not converge), on which the page must not be used.
    public var warnings: [Diagnostic]

    /// Creates a report.
    public init(html: String, hasMap: Bool, warnings: [Diagnostic] = []) {
        self.html = html
        self.hasMap = hasMap
        self.warnings = warnings
    }
}
