/// Actors and ties to make stand out (a path, a gap, a plan); everything else is dimmed.
public struct Highlight: Sendable, Hashable {
    /// The highlighted actor ids.
    public var actors: Set<String>
    /// The highlighted links, as unordered pairs of actor ids; every tie or meeting between
    /// the two is highlighted.
    public var links: Set<ActorPair>

    /// Creates a highlight.
    public init(actors: Set<String> = [], links: Set<ActorPair> = []) {
        self.actors = actors
        self.links = links
    }

    /// Highlights the actors of a path and the links between consecutive ones.
    public init(path: [String]) {
        self.init(actors: Set(path), links: Set(zip(path, path.dropFirst()).map { ActorPair($0, $1) }))
    }

    /// Whether nothing is highlighted.
    public var isEmpty: Bool { actors.isEmpty && links.isEmpty }

    /// Whether the actor `id` is highlighted (nothing hashed when no actor is).
    func highlights(actor id: String) -> Bool { !actors.isEmpty && actors.contains(id) }

    /// Whether the link between `a` and `b` is highlighted (nothing hashed when no link is).
    func highlights(linkBetween a: String, and b: String) -> Bool { !links.isEmpty && links.contains(ActorPair(a, b)) }
}

/// Two actor ids without order.
public struct ActorPair: Sendable, Hashable {
    /// The smaller id.
    public let first: String
    /// The larger id.
    public let second: String

    /// Creates the pair of `a` and `b`, in either order.
    public init(_ a: String, _ b: String) {
        (first, second) = a <= b ? (a, b) : (b, a)
    }
}
