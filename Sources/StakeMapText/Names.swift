import StakeMap

/// Display names of actors and events in one language (the id when unknown): what the wording
/// catalogs receive in place of ids.
public struct Names: Sendable {
    /// The network the ids refer to (as the audience may see it).
    public let graph: Graph
    /// The language tag of the names (`en`, `ar`).
    public let language: String

    /// Names from `graph` in `language`.
    public init(graph: Graph, language: String = "en") {
        self.graph = graph
        self.language = language
    }

    /// The display name of an actor or event, or the id.
    public func callAsFunction(_ id: String) -> String {
        graph.actor(withID: id)?.displayName(in: language) ?? graph.event(withID: id)?.displayName(in: language) ?? id
    }

    /// The names of several ids.
    public func callAsFunction(_ ids: [String]) -> [String] { ids.map { self($0) } }
}
