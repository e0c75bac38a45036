/// What the fill colour of an actor's node shows.
public enum NodeColoring: Sendable, Hashable {
    /// The actor's kind (the theme's colour per kind).
    case kind
    /// A community number per actor id (e.g. from Louvain); actors without one are grey.
    case community([String: Int])
    /// The actor's stance, from opponent (red) through neutral (grey) to champion (green).
    case stance
}
