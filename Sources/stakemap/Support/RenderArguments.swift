import ArgumentParser
import StakeMapRender

extension LayoutEngine: ExpressibleByArgument {}
extension LabelLanguage: ExpressibleByArgument {}
extension EventStyle: ExpressibleByArgument {}

/// What `render --size-by` sizes nodes by.
enum SizeMeasure: String, CaseIterable, ExpressibleByArgument {
    /// Degree centrality on the analysis view.
    case degree
    /// The actor's own `influence` (1–5).
    case influence
    /// Betweenness centrality (Brandes 2001).
    case betweenness
    /// PageRank (α = 0.85).
    case pagerank
}

/// What `render --color-by` colours nodes by.
enum ColorMeasure: String, CaseIterable, ExpressibleByArgument {
    /// The actor's kind (the theme's colours).
    case kind
    /// Louvain communities (seed 0).
    case community
    /// The actor's stance, opponent (red) to champion (green).
    case stance
}
