import Foundation

/// Writes a network as Popolo JSON (`.popolo.json`): persons, organizations, posts, memberships
/// and events with their attendees (https://www.popoloproject.com).
///
/// Persons are the `person` actors; posts the `post` actors (with the organization they belong
/// to, if a `part-of` tie says so); every other actor is an organization classified by its kind.
/// `member-of`, `works-for`, `leads`, `represents` and `holds` ties are memberships (with their
/// dates as `start_date`/`end_date`, the kind as `role`); `part-of` between organizations is
/// `parent_id`. Names in other languages are `other_names` with `lang`. Encoded by `JSONSerialization`.
public struct PopoloWriter: Sendable {
    /// The tie kinds that become memberships.
    public static let membershipKinds: Set<TieKind> = [.memberOf, .worksFor, .leads, .represents, .holds]

    /// Creates a writer.
    public init() {}

    /// The Popolo JSON text of `graph`.
    /// - Throws: `StakeMapError` (`.unwritable`) if the JSON encoder fails.
    public func write(_ graph: Graph) throws(StakeMapError) -> String {
        let parents = Dictionary(graph.ties.filter { $0.kind == .partOf }.map { ($0.from, $0.to) }, uniquingKeysWith: { first, _ in first })
        var persons: [[String: Any]] = [], organizations: [[String: Any]] = [], posts: [[String: Any]] = []
        for actor in graph.actors {
            var object = common(actor, graph: graph)
            switch actor.kind {
            case .person:
                if let gender = actor.gender { object["gender"] = gender.rawValue }
                if let title = actor.title { object["honorific_suffix"] = title.text() }
                persons.append(object)
            case .post:
                object["label"] = object.removeValue(forKey: "name")
                if let parent = parents[actor.id] { object["organization_id"] = parent }
                posts.append(object)
            default:
                object["classification"] = actor.kind.rawValue
                if let parent = parents[actor.id] { object["parent_id"] = parent }
                organizations.append(object)
            }
        }
        let document: [String: Any] = [
            "persons": persons, "organizations": organizations, "posts": posts,
            "memberships": memberships(graph), "events": graph.events.map { event($0, graph: graph) },
        ]
        do {
            let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw StakeMapError(.unwritable, "cannot write Popolo JSON: \(error.localizedDescription)")
        }
    }

    private func common(_ actor: Actor, graph: Graph) -> [String: Any] {
        var object: [String: Any] = ["id": actor.id, "name": actor.displayName()]
        var others: [[String: Any]] = actor.name.languages.filter { !$0.isEmpty }.map { ["name": actor.name.translations[$0] ?? "", "lang": $0] }
        others += actor.aliases.map { ["name": $0, "note": "alias"] }
        if !others.isEmpty { object["other_names"] = others }
        if let note = actor.note { object["summary"] = note }
        if let country = actor.country { object["area_id"] = country }
        if !actor.sources.isEmpty { object["sources"] = sources(actor.sources, graph: graph) }
        return object
    }

    private func memberships(_ graph: Graph) -> [[String: Any]] {
        graph.ties.filter { Self.membershipKinds.contains($0.kind) }.map { tie in
            var object: [String: Any] = ["role": tie.kind.rawValue]
            let member = graph.actor(withID: tie.from)
            if member?.kind == .person { object["person_id"] = tie.from } else { object["member"] = ["@type": "Organization", "id": tie.from] }
            if graph.actor(withID: tie.to)?.kind == .post { object["post_id"] = tie.to } else { object["organization_id"] = tie.to }
            if let date = tie.date {
                object["start_date"] = date.start.description
                if !date.isSingle || !tie.usesStartEnd { object["end_date"] = date.end.description }
            }
            if !tie.sources.isEmpty { object["sources"] = sources(tie.sources, graph: graph) }
            return object
        }
    }

    private func event(_ event: Event, graph: Graph) -> [String: Any] {
        var object: [String: Any] = ["id": event.id, "name": event.displayName(), "classification": event.kind.rawValue]
        if let date = event.date {
            object["start_date"] = date.start.description
            object["end_date"] = date.end.description
        }
        if let place = event.place { object["location"] = place }
        if let organizer = event.organizers.first { object["organization_id"] = organizer }
        if let outcome = event.outcome { object["description"] = outcome }
        object["attendees"] = event.participants.map { participant -> [String: Any] in
            var attendee: [String: Any] = ["id": participant.id,
                                           "@type": graph.actor(withID: participant.id)?.kind == .person ? "Person" : "Organization"]
            if let role = participant.role { attendee["role"] = role }
            if let behalf = participant.onBehalfOf { attendee["on_behalf_of_id"] = behalf }
            return attendee
        } + event.organizers.map { ["id": $0, "role": "organizer",
                                    "@type": graph.actor(withID: $0)?.kind == .person ? "Person" : "Organization"] }
        if !event.sources.isEmpty { object["sources"] = sources(event.sources, graph: graph) }
        return object
    }

    /// Popolo source links: the source's URL when it has one, and the citation as a note.
    private func sources(_ citations: [Citation], graph: Graph) -> [[String: Any]] {
        citations.map { citation in
            var object: [String: Any] = ["note": citation.description]
            if let url = graph.source(withID: citation.sourceID)?.url { object["url"] = url }
            return object
        }
    }
}
