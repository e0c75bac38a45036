/// The `id` attributes a rendered SVG gives its elements, so that a page can find, style and
/// link them (the HTML report uses them to connect the map to the actor cards).
public enum MapElementID {
    /// The SVG `id` of an actor's node: `actor-` + the id, with every byte other than ASCII
    /// letters, digits, `.`, `_` and `-` written as `%XX`.
    public static func actor(_ id: String) -> String { "actor-" + GraphvizText.identifier(id) }

    /// The SVG `id` of an event's node: `event-` + the escaped id.
    public static func event(_ id: String) -> String { "event-" + GraphvizText.identifier(id) }

    /// The SVG `id` of a coalition's cluster: `coalition-` + the escaped id.
    public static func coalition(_ id: String) -> String { "coalition-" + GraphvizText.identifier(id) }
}
