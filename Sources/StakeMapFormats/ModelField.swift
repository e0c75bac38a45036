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

/// A field's value as comparable text, nil when it has its default (for presence and round-trip checks).
public enum ModelFieldValues {
    /// The value of actor field `name`.
    public static func actor(_ name: String, _ actor: Actor) -> String? {
        switch name {
        case "id": actor.id
        case "kind": actor.kind.rawValue
        case "name": actor.name == LocalizedText(actor.id) ? nil : actor.displayName()
        case "name languages": actor.name.isPlain ? nil : text(actor.name)
        case "aliases": list(actor.aliases)
        case "country": actor.country
        case "place": actor.place
        case "region": actor.region
        case "title": actor.title?.text()
        case "title languages": actor.title.flatMap { $0.isPlain ? nil : text($0) }
        case "gender": actor.gender?.rawValue
        case "tags": list(actor.tags)
        case "influence": actor.influence.map(String.init)
        case "stance": actor.stance.map(String.init)
        case "sensitivity": actor.sensitivity == .public ? nil : actor.sensitivity.rawValue
        case "note": actor.note
        case "sources": list(actor.sources.map(\.description))
        default: nil
        }
    }

    /// The value of tie field `name`.
    public static func tie(_ name: String, _ tie: Tie) -> String? {
        switch name {
        case "kind": tie.kind.rawValue
        case "direction": tie.isDirected ? "\(tie.from)->\(tie.to)" : nil
        case "date": tie.date?.description
        case "start/end form": tie.usesStartEnd ? "start/end" : nil
        case "place": tie.place
        case "strength": tie.strength == 1 ? nil : "\(tie.strength)"
        case "weight": tie.weight.map { "\($0)" }
        case "confidence": tie.confidence == .confirmed ? nil : tie.confidence.rawValue
        case "sensitivity": tie.sensitivity == .public ? nil : tie.sensitivity.rawValue
        case "outcome": tie.outcome
        case "follow_up": tie.followUp?.description
        case "note": tie.note
        case "sources": list(tie.sources.map(\.description))
        default: nil
        }
    }

    /// The value of event field `name`.
    public static func event(_ name: String, _ event: Event) -> String? {
        switch name {
        case "records": event.id
        case "name": event.name.map(text)
        case "date": event.date?.description
        case "place": event.place
        case "organizers": list(event.organizers)
        case "participants": list(event.participants.map(\.id))
        case "roles": list(event.participants.filter { !$0.isBare }.map { "\($0.id):\($0.role ?? ""):\($0.onBehalfOf ?? "")" })
        case "topics": list(event.topics)
        case "outcome": event.outcome
        case "follow_up": event.followUp?.description
        case "sensitivity": event.sensitivity == .public ? nil : event.sensitivity.rawValue
        case "note": event.note
        case "sources": list(event.sources.map(\.description))
        default: nil
        }
    }

    private static func list(_ values: [String]) -> String? { values.isEmpty ? nil : values.joined(separator: " | ") }

    private static func text(_ value: LocalizedText) -> String {
        value.languages.map { "\($0)=\(value.translations[$0] ?? "")" }.joined(separator: " ")
    }
}
