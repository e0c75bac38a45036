/// One field of the model, named as in the native format (`actor.name`, `tie.follow_up`), with
/// whether a network uses it: what a format's capabilities and the round-trip tests speak of.
public struct ModelField: Sendable, Hashable, CustomStringConvertible {
    /// The part of the model the field belongs to.
    public enum Scope: String, Sendable, Hashable, CaseIterable {
        /// The network as a whole (`title`, `as_of`).
        case network
        /// The source records.
        case source
        /// Actors.
        case actor
        /// Ties.
        case tie
        /// Events.
        case event
    }

    /// Where the field is.
    public let scope: Scope
    /// The native key (`follow_up`), or a description of a part of a value (`name languages`).
    public let name: String

    /// Creates a field name.
    public init(_ scope: Scope, _ name: String) {
        self.scope = scope
        self.name = name
    }

    /// `tie.follow_up`.
    public var description: String { "\(scope.rawValue).\(name)" }

    /// Every field of the model.
    public static let all: [ModelField] =
        ["title", "title languages", "description", "description languages", "as_of"].map { ModelField(.network, $0) }
        + ["records"].map { ModelField(.source, $0) }
        + ["id", "kind", "name", "name languages", "aliases", "country", "place", "region", "title", "title languages",
           "gender", "tags", "influence", "stance", "sensitivity", "note", "sources"].map { ModelField(.actor, $0) }
        + ["kind", "direction", "date", "start/end form", "place", "strength", "weight", "confidence", "sensitivity",
           "outcome", "follow_up", "note", "sources"].map { ModelField(.tie, $0) }
        + ["records", "name", "date", "place", "organizers", "participants", "roles", "topics", "outcome", "follow_up",
           "sensitivity", "note", "sources"].map { ModelField(.event, $0) }

    /// Whether `graph` gives this field a value (other than its default) anywhere.
    public func isUsed(in graph: Graph) -> Bool {
        switch scope {
        case .network:
            switch name {
            case "title": return graph.title != nil
            case "title languages": return graph.title.map { !$0.isPlain } ?? false
            case "description": return graph.description != nil
            case "description languages": return graph.description.map { !$0.isPlain } ?? false
            default: return graph.asOf != nil
            }
        case .source:
            return graph.sources.contains { $0.title != nil || $0.file != nil || $0.url != nil || $0.date != nil || $0.language != nil || $0.note != nil }
        case .actor: return graph.actors.contains { ModelFieldValues.actor(name, $0) != nil }
        case .tie: return graph.ties.contains { ModelFieldValues.tie(name, $0) != nil }
        case .event: return graph.events.contains { ModelFieldValues.event(name, $0) != nil }
        }
    }
}
