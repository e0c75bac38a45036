import StakeMap

/// The language of a report: its headings, names and labels.
public enum ReportLanguage: String, Sendable, CaseIterable, Hashable {
    /// English (names fall back to whichever language exists).
    case en
    /// Arabic, right to left (names fall back to English); sentences the analysis writes in
    /// English stay English, marked left to right.
    case ar
    /// English and Arabic side by side; Arabic is marked right to left and right-aligned.
    case both
}

/// What a report shows and for whom.
public struct ReportOptions: Sendable, Hashable {
    /// The language of headings, names and map labels.
    public var language: ReportLanguage
    /// Who the report is for: nothing above this audience appears in it.
    public var audience: Audience
    /// The home actor (id) for the gap findings and the mission plan; nil for a network-wide look.
    public var home: String?
    /// The mission's targets (ids); the plan section is shown when there are targets and a home.
    public var targets: [String]
    /// "Today" for staleness checks; nil uses the network's `as_of`.
    public var asOf: PartialDate?
    /// The title over the report; nil uses the network's title.
    public var title: String?
    /// Whether to draw the map (Graphviz); without it the page says why the map is missing.
    public var includesMap: Bool
    /// Whether degree, betweenness and PageRank use tie strength (`centrality --weighted`'s
    /// rule); by default unweighted, as every command.
    public var weighted = false

    /// Creates options; by default an English report for the `internal` audience, with a map.
    public init(language: ReportLanguage = .en, audience: Audience = .internal, home: String? = nil,
                targets: [String] = [], asOf: PartialDate? = nil, title: String? = nil, includesMap: Bool = true) {
        self.language = language
        self.audience = audience
        self.home = home
        self.targets = targets
        self.asOf = asOf
        self.title = title
        self.includesMap = includesMap
    }
}
