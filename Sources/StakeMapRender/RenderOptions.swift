/// Everything about how a map is drawn, besides the graph itself.
///
/// Overlays are plain values handed in by the caller: scores for `sizeBy`, communities for
/// `coloring`, ids for `highlight`. Ids that are not on the map are ignored.
public struct RenderOptions: Sendable, Hashable {
    /// The output format.
    public var format: RenderFormat
    /// The layout engine (`auto` chooses by size).
    public var layout: LayoutEngine
    /// The label language.
    public var language: LabelLanguage
    /// Events as nodes, or folded into `met` edges.
    public var events: EventStyle
    /// Who the map is for: actors, ties and events above it are left out entirely.
    public var audience: Audience
    /// The title; nil uses the graph's title.
    public var title: String?
    /// A score per actor id; node size grows with it. Empty: all nodes the same size.
    public var sizeBy: [String: Double]
    /// What `sizeBy` measures, for the legend ("betweenness"); nil says nothing.
    public var sizeCaption: String?
    /// What the fill colour shows.
    public var coloring: NodeColoring
    /// Actors and links to make stand out.
    public var highlight: Highlight
    /// Restricts the map to one actor's neighbourhood.
    public var focus: Focus?
    /// Whether to draw the legend (kinds present, title, date).
    public var showsLegend: Bool
    /// The words of the legend, title and caption (StakeMapText gives them in any language).
    public var wording: MapWording

    /// Creates options; the defaults draw an SVG for the `internal` audience.
    public init(format: RenderFormat = .svg, layout: LayoutEngine = .auto, language: LabelLanguage = .en,
                events: EventStyle = .edges, audience: Audience = .internal, title: String? = nil,
                sizeBy: [String: Double] = [:], sizeCaption: String? = nil, coloring: NodeColoring = .kind, highlight: Highlight = Highlight(),
                focus: Focus? = nil, showsLegend: Bool = true, wording: MapWording = .english) {
        self.format = format
        self.layout = layout
        self.language = language
        self.events = events
        self.audience = audience
        self.title = title
        self.sizeBy = sizeBy
        self.sizeCaption = sizeCaption
        self.coloring = coloring
        self.highlight = highlight
        self.focus = focus
        self.showsLegend = showsLegend
        self.wording = wording
    }
}
