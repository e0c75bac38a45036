/// What the fill colour of an actor's node shows.
public enum NodeColoring: Sendable, Hashable {
    /// The actor's kind (the theme's colour per kind).
    case kind
    /// A community number per actor id (e.g. from Louvain); actors without one are grey.
    case community([String: Int])
    /// The actor's stance, from opponent (red) through neutral (grey) to champion (green).
    case stance
    /// The value of an attribute or custom field per actor id (`club`: `Mr. Hi`); each value
    /// shown takes a colour in sorted order, actors without one are white, and the legend is
    /// headed by the field's name with a swatch per value.
    case values(field: String, [String: String])

    /// The colour of each value shown (`values` in sorted order taking the community palette in
    /// turn), for the nodes and the legend alike.
    static func fills(of values: some Sequence<String>) -> [(value: String, fill: String)] {
        Set(values).sorted().enumerated().map { position, value in
            (value, Theme.communityPalette[position % Theme.communityPalette.count])
        }
    }
}
