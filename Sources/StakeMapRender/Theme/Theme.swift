/// The look of a map: node shape and colour by actor kind, edge style by tie kind.
///
/// Colours are chosen to stay distinct when printed and for the common forms of colour
/// blindness; threats and opposition are the only red elements.
enum Theme {
    /// The font family for every label: Latin from Noto Sans, Arabic from Noto Sans Arabic
    /// (fonts-noto-core), in that fallback order.
    static let fontName = "Noto Sans,Noto Sans Arabic"
    /// The font family that must be installed for Arabic labels.
    static let arabicFontFamily = "Noto Sans Arabic"
    /// Label text colour.
    static let text = "#1A202C"
    /// Secondary text colour (captions).
    static let mutedText = "#4A5568"
    /// Outline colour for highlighted actors and links.
    static let highlight = "#F59E0B"
    /// Outline colour of dimmed (not highlighted) actors.
    static let dimmedOutline = "#CBD5E0"
    /// Text colour of dimmed actors.
    static let dimmedText = "#A0AEC0"
    /// Line colour of dimmed links.
    static let dimmedEdge = "#E2E8F0"
    /// The fill and outline of a coalition's cluster.
    static let clusterFill = "#FDF2F8", clusterOutline = "#D69BBF"

    /// Point sizes of the map's text.
    enum Points {
        /// The title above the legend (bold).
        static let title = 26
        /// The caption under the title, and the legend's headings (bold).
        static let caption = 14
        /// The legend's items, and its tie samples (bold).
        static let legendItem = 13
        /// Actors' labels.
        static let label = 12
        /// Events and links.
        static let small = 9
        /// An actor's label on a map sized by a measure: 10 points for the least, 18 for the
        /// most, in whole points (every distinct size is a font lookup in fontconfig, and a
        /// thousand sizes made a 1,000-actor map 3.5 s instead of 0.3 s).
        static func sized(_ share: Double) -> Double { (10 + 8 * share).rounded() }
        /// Every size `sized(_:)` gives.
        static let sizedRange = 10...18
    }

    /// A size and weight of the map's text.
    struct TextStyle: Equatable {
        /// The size in points.
        var points: Int
        /// Whether it is bold.
        var bold = false
    }

    /// The sizes and weights of every map's text: actors' labels, the legend's (title, caption,
    /// headings, items, tie samples), events' and links'. The first use of each costs Graphviz a
    /// font lookup (2–4 ms), which `RenderEnvironment`'s warm-up makes ahead of the map when it
    /// has the time.
    static let textStyles: [TextStyle] = [
        TextStyle(points: Points.label),
        TextStyle(points: Points.title, bold: true),
        TextStyle(points: Points.caption),
        TextStyle(points: Points.caption, bold: true),
        TextStyle(points: Points.legendItem),
        TextStyle(points: Points.legendItem, bold: true),
        TextStyle(points: Points.small),
    ]

    /// The other sizes of actors' labels on a map sized by a measure (`Points.sized(_:)`).
    static let sizedLabelStyles: [TextStyle] = Points.sizedRange
        .map { TextStyle(points: $0) }
        .filter { !textStyles.contains($0) }

    /// The node style of an actor kind.
    ///
    /// Shapes are limited to those Graphviz's overlap removal handles quickly: an `egg` node
    /// made neato/sfdp's prism take 15 s instead of 0.1 s on a 60-node map.
    static func style(of kind: ActorKind) -> NodeStyle {
        switch kind {
        case .person: NodeStyle(shape: "ellipse", fill: "#FFE8C2", outline: "#B7791F")
        case .organization: NodeStyle(shape: "box", fill: "#D4E9F7", outline: "#2B6CB0", extraStyle: ["rounded"])
        case .coalition:
            NodeStyle(shape: "box", fill: "#F9D5E5", outline: "#B83280", extraStyle: ["rounded", "bold"], peripheries: 2)
        case .unBody: NodeStyle(shape: "hexagon", fill: "#D6ECFA", outline: "#1F6FB2")
        case .government: NodeStyle(shape: "house", fill: "#E2E8F0", outline: "#4A5568")
        case .diplomaticMission: NodeStyle(shape: "tab", fill: "#E9D8FD", outline: "#6B46C1")
        case .state: NodeStyle(shape: "octagon", fill: "#EDF2F7", outline: "#2D3748")
        case .intergovernmental: NodeStyle(shape: "septagon", fill: "#D9F2E3", outline: "#2F855A")
        case .media: NodeStyle(shape: "note", fill: "#FEFCBF", outline: "#975A16")
        case .community: NodeStyle(shape: "ellipse", fill: "#E6FFFA", outline: "#2C7A7B", extraStyle: ["dashed"])
        case .post: NodeStyle(shape: "parallelogram", fill: "#F7FAFC", outline: "#718096", extraStyle: ["dashed"])
        case .other: NodeStyle(shape: "box", fill: "#FFFFFF", outline: "#A0AEC0")
        }
    }

    /// The node style of an event drawn as a node.
    static let event = NodeStyle(shape: "box", fill: "#FFFDF0", outline: "#A0A0A0", extraStyle: ["rounded", "dashed"])

    /// The edge style of a tie kind. Directed kinds have arrows; `met` is a strong teal line,
    /// `threatens` and `opposes` are red and dashed.
    static func style(of kind: TieKind) -> EdgeStyle {
        switch kind {
        case .memberOf: EdgeStyle(color: "#B0A0AE", line: "solid", arrowhead: "empty", width: 1, directed: true)
        case .partOf: EdgeStyle(color: "#A0AEC0", line: "dotted", arrowhead: "empty", width: 1, directed: true)
        case .leads: EdgeStyle(color: "#2D3748", line: "solid", arrowhead: "diamond", width: 1.4, directed: true)
        case .worksFor: EdgeStyle(color: "#718096", line: "solid", arrowhead: "normal", width: 1, directed: true)
        case .holds: EdgeStyle(color: "#718096", line: "dashed", arrowhead: "odot", width: 1, directed: true)
        case .represents: EdgeStyle(color: "#4A5568", line: "solid", arrowhead: "onormal", width: 1, directed: true)
        case .founded: EdgeStyle(color: "#4A5568", line: "solid", arrowhead: "odiamond", width: 1, directed: true)
        case .supports: EdgeStyle(color: "#38A169", line: "solid", arrowhead: "normal", width: 1.4, directed: true)
        case .funds: EdgeStyle(color: "#C05621", line: "solid", arrowhead: "normal", width: 2, directed: true)
        case .advocatesTo: EdgeStyle(color: "#805AD5", line: "solid", arrowhead: "vee", width: 1.4, directed: true)
        case .threatens: EdgeStyle(color: "#E53E3E", line: "dashed", arrowhead: "normal", width: 2.5, directed: true)
        case .met: EdgeStyle(color: "#0E7C86", line: "solid", arrowhead: "none", width: 1.6, directed: false)
        case .partnersWith: EdgeStyle(color: "#68A063", line: "solid", arrowhead: "none", width: 2, directed: false)
        case .opposes: EdgeStyle(color: "#C53030", line: "dashed", arrowhead: "none", width: 2, directed: false)
        case .related: EdgeStyle(color: "#A0AEC0", line: "dotted", arrowhead: "none", width: 1, directed: false)
        }
    }

    /// The edge style linking an event node to an organizer (`organizes`) or participant.
    static func participation(organizer: Bool) -> EdgeStyle {
        EdgeStyle(color: organizer ? "#8A8A8A" : "#B8B8B8", line: organizer ? "solid" : "dashed",
                  arrowhead: "none", width: organizer ? 1.2 : 1, directed: false)
    }

    /// The fill for a stance, −2 (opponent, red) … +2 (champion, green); nil is unknown.
    static func fill(forStance stance: Int?) -> String {
        switch stance {
        case .some(...(-2)): "#F4A6A0"
        case -1: "#FBD3B5"
        case 0: "#EDEDED"
        case 1: "#C9E8B5"
        case .some(2...): "#8FD19E"
        default: "#FFFFFF"
        }
    }

    /// The stance captions for the legend, −2 … +2.
    static let stanceNames = [(-2, "opponent"), (-1, "critical"), (0, "neutral"), (1, "supportive"), (2, "champion")]

    /// A qualitative palette for communities (ColorBrewer Set3), used in turn.
    static let communityPalette = ["#8DD3C7", "#FFFFB3", "#BEBADA", "#FB8072", "#80B1D3", "#FDB462",
                                   "#B3DE69", "#FCCDE5", "#D9D9D9", "#BC80BD", "#CCEBC5", "#FFED6F"]
}
