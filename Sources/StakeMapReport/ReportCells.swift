import Plot

/// Formatting of single values: scores and web addresses.
enum ReportCells {
    /// A score with four decimals, "—" when undefined.
    static func number(_ value: Double) -> String {
        value.isFinite ? String(format: "%.4f", value) : "—"
    }

    /// The value for sorting a numeric column (`data-v`); undefined values sort first.
    static func sortKey(_ value: Double) -> String {
        value.isFinite ? String(format: "%.9f", value) : "-1"
    }

    /// A web address as a link when it is a plain `http(s)` address that needs no escaping in
    /// an attribute; otherwise as text.
    static func link(_ url: String) -> BodyNode {
        linkTree(url).node()
    }

    /// `link(_:)` as a `MarkupTree`.
    static func linkTree(_ url: String) -> MarkupTree {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), Markup.isSafe(url), !url.contains(" ") else {
            return .element("span", [("class", "muted")], .text(url))
        }
        return .element("a", [("href", url), ("rel", "noopener noreferrer"), ("target", "_blank"), ("class", "url")], .text(url))
    }
}
