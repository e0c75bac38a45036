/// A map restricted to one actor's neighbourhood.
public struct Focus: Sendable, Hashable {
    /// The actor at the centre.
    public var actor: String
    /// How many steps out to go (1 = direct contacts).
    public var depth: Int

    /// Creates a focus on `actor` up to `depth` steps (at least 0).
    public init(actor: String, depth: Int = 1) {
        self.actor = actor
        self.depth = max(0, depth)
    }
}
