import Foundation

/// Writes a network as Popolo JSON (`.popolo.json`): persons, organizations, posts, memberships
/// and events with their attendees (https://www.popoloproject.com).
///
/// Persons are the `person` actors; posts the `post` actors (with the organization they belong
/// to, if a `part-of` tie says so); every other actor is an organization classified by its kind.
/// `member-of`, `works-for`, `leads`, `represents` and `holds` ties are memberships (with their
/// dates as `start_date`/`end_date`, the kind as `role`); `part-of` between organizations is
/// `parent_id`. Names in other languages are `other_names` with `lang`. A person's title (their
/// post, "Ambassador of France to Libya") is the `label` of their memberships — of a membership
/// of its own when they have none —, a post's title its `role`. Countries are `areas` (`area_id`).
/// Citations of sources with a URL are `sources` links (Popolo's link requires a `url`).
/// Valid against the Popolo JSON Schemas. Encoded by `JSONSerialization`.
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
                persons.append(object)
            case .post:
                object["label"] = object.removeValue(forKey: "name")
                if let title = actor.title { object["role"] = title.text() }
                if let parent = parents[actor.id] { object["organization_id"] = parent }
                posts.append(object)
            default:
                object["classification"] = actor.kind.rawValue
                if let parent = parents[actor.id] { object["parent_id"] = parent }
                organizations.append(object)
            }
        }
        let document: [String: Any] = [
            "persons": persons, "organizations": organizations, "posts": posts, "areas": areas(graph),
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
        if let links = sources(actor.sources, graph: graph) { object["sources"] = links }
        return object
    }

    /// One area per country code used, named in English where the code is known.
    private func areas(_ graph: Graph) -> [[String: Any]] {
        var seen = Set<String>()
        return graph.actors.compactMap(\.country).filter { seen.insert($0).inserted }.map { code in
            var area: [String: Any] = ["id": code, "identifier": code, "classification": "country"]
            if let name = Locale(identifier: "en").localizedString(forRegionCode: code) { area["name"] = name }
            return area
        }
    }

    /// The membership ties, then a membership for each person whose title no membership carries.
    private func memberships(_ graph: Graph) -> [[String: Any]] {
        var titled = Set<String>()
        var result: [[String: Any]] = graph.ties.filter { Self.membershipKinds.contains($0.kind) }.map { tie in
            var object: [String: Any] = ["role": tie.kind.rawValue]
            let member = graph.actor(withID: tie.from)
            if let member, member.kind == .person {
                object["person_id"] = tie.from
                if let title = member.title {
                    object["label"] = title.text()
                    titled.insert(member.id)
                }
            } else {
                object["member"] = ["@type": "Organization", "id": tie.from]
            }
            if graph.actor(withID: tie.to)?.kind == .post { object["post_id"] = tie.to } else { object["organization_id"] = tie.to }
            if let date = tie.date {
                object["start_date"] = date.start.description
                if !date.isSingle || !tie.usesStartEnd { object["end_date"] = date.end.description }
            }
            if let links = sources(tie.sources, graph: graph) { object["sources"] = links }
            return object
        }
        for actor in graph.actors where actor.kind == .person && !titled.contains(actor.id) {
            if let title = actor.title { result.append(["person_id": actor.id, "label": title.text()]) }
        }
        return result
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
        // Each attendee once: an organizer who also took part keeps their role ("organizer" if none).
        let roles = Dictionary(event.participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        object["attendees"] = event.attendees.map { id -> [String: Any] in
            var attendee: [String: Any] = ["id": id, "@type": graph.actor(withID: id)?.kind == .person ? "Person" : "Organization"]
            if let role = roles[id]?.role ?? (event.organizers.contains(id) ? "organizer" : nil) { attendee["role"] = role }
            if let behalf = roles[id]?.onBehalfOf { attendee["on_behalf_of_id"] = behalf }
            return attendee
        }
        if let links = sources(event.sources, graph: graph) { object["sources"] = links }
        return object
    }

    /// Popolo source links: one per citation of a source with a URL (the citation as the note);
    /// nil when none has one.
    private func sources(_ citations: [Citation], graph: Graph) -> [[String: Any]]? {
        let links = citations.compactMap { citation -> [String: Any]? in
            guard let url = graph.source(withID: citation.sourceID)?.url else { return nil }
            return ["url": url, "note": citation.description]
        }
        return links.isEmpty ? nil : links
    }
}
