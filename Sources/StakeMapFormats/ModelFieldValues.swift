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
