/// Turns the composed YAML tree of one native file into a `Fragment`, reporting every problem.
final class FragmentDecoder {
    let reader: YAMLFieldReader
    /// Ids of actors and events that were declared but could not be read; references to them
    /// are not reported again as unknown.
    private(set) var declaredButInvalid: Set<String> = []

    init(reader: YAMLFieldReader) {
        self.reader = reader
    }

    func decode(_ root: Node) -> Fragment {
        var fragment = Fragment(file: reader.file)
        guard let pairs = reader.mapping(root, what: "a StakeMap file", allowed: NativeSchema.document) else {
            return fragment
        }
        var sawVersion = false
        for (key, keyNode, value) in pairs {
            switch key {
            case "stakemap":
                sawVersion = true
                if let version = reader.integer(value, key: "stakemap", in: 1...Int.max), version != Graph.formatVersion {
                    reader.error(value, "format version \(version) is not supported", hint: "this StakeMap reads 'stakemap: 1'")
                }
            case "title": fragment.title = reader.localized(value, key: key)
            case "description": fragment.description = reader.localized(value, key: key)
            case "as_of":
                if let date = reader.partialDate(value, key: key) {
                    fragment.asOf = Located(value: date, location: reader.location(of: value), keyLocations: KeyLocations())
                }
            case "include":
                for item in reader.sequence(value, key: key) {
                    if let path = reader.requiredString(item, key: "an include path") {
                        fragment.includes.append(Located(value: path, location: reader.location(of: item), keyLocations: KeyLocations()))
                    }
                }
            case "sources": fragment.sources = items(reader.sequence(value, key: key), source)
            case "actors": fragment.actors = items(reader.sequence(value, key: key), actor)
            case "ties": fragment.ties = items(reader.sequence(value, key: key), tie)
            case "events": fragment.events = items(reader.sequence(value, key: key), event)
            default: reader.error(keyNode, "unhandled key '\(key)'")
            }
        }
        fragment.declaredButInvalid = declaredButInvalid
        if !sawVersion {
            reader.error(root, "missing 'stakemap: 1' (the format version)", hint: "add 'stakemap: 1' as the first line")
        }
        return fragment
    }

    /// The items that decode, in an array sized once (growing by doubling held 1.5 copies of
    /// a big file's ties at the peak).
    private func items<Item>(_ nodes: [Node], _ decode: (Node) -> Located<Item>?) -> LocatedList<Item> {
        var items = LocatedList<Item>()
        items.reserveCapacity(nodes.count)
        for node in nodes {
            if let item = decode(node) { items.append(item) }
        }
        return items
    }

    /// The positions of the `kept` keys' values: only those a later diagnostic can point at.
    private func keyLocations(_ pairs: [(key: String, keyNode: Node, value: Node)], keeping kept: [String]) -> KeyLocations {
        var locations = KeyLocations()
        for pair in pairs where kept.contains(pair.key) && !locations.contains(pair.key) {
            locations.set(pair.key, reader.location(of: pair.value))
        }
        return locations
    }

    /// Where the value of `key` is, if the item has it.
    private func location(_ pairs: [(key: String, keyNode: Node, value: Node)], _ key: String) -> SourceLocation? {
        value(pairs, key).map { reader.location(of: $0) }
    }

    private func value(_ pairs: [(key: String, keyNode: Node, value: Node)], _ key: String) -> Node? {
        pairs.first { $0.key == key }?.value
    }

    private func citations(_ pairs: [(key: String, keyNode: Node, value: Node)]) -> (values: [Citation], located: [Located<Citation>]) {
        guard let node = value(pairs, "sources") else { return ([], []) }
        let located = reader.citations(node, key: "sources")
        return (located.map(\.value), located)
    }

    private func source(_ node: Node) -> Located<Source>? {
        guard let pairs = reader.mapping(node, what: "a source", allowed: NativeSchema.source) else { return nil }
        guard let idNode = value(pairs, "id") else {
            reader.error(node, "a source needs an 'id'")
            return nil
        }
        guard let id = reader.identifier(idNode, key: "id") else { return nil }
        var source = Source(id: id)
        for (key, _, value) in pairs {
            switch key {
            case "title": source.title = reader.localized(value, key: key)
            case "file": source.file = reader.string(value, key: key)
            case "url": source.url = reader.string(value, key: key)
            case "date": source.date = reader.dateSpan(value, key: key)
            case "language": source.language = reader.string(value, key: key)
            case "note": source.note = reader.string(value, key: key)
            default: break
            }
        }
        return Located(value: source, location: reader.location(of: node), keyLocations: KeyLocations())
    }

    private func actor(_ node: Node) -> Located<Actor>? {
        guard let pairs = reader.mapping(node, what: "an actor", allowed: NativeSchema.actor) else { return nil }
        guard let idNode = value(pairs, "id") else {
            reader.error(node, "an actor needs an 'id'")
            return nil
        }
        let id = reader.identifier(idNode, key: "id")
        var kind: ActorKind?
        if let kindNode = value(pairs, "kind") {
            kind = reader.enumeration(kindNode, key: "actor kind", as: ActorKind.self)
        } else {
            reader.error(node, "actor '\(id ?? "?")' needs a 'kind'", hint: "one of: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var actor = Actor(id: id ?? "invalid", kind: kind ?? .other)
        var named = false
        var locations = keyLocations(pairs, keeping: ["kind", "name"])
        for (key, _, value) in pairs {
            switch key {
            case "name":
                if let name = reader.localized(value, key: key) {
                    actor.name = name
                    named = true
                }
            case "aliases": actor.aliases = reader.stringList(value, key: key)
            case "country":
                if let country = reader.string(value, key: key) {
                    if country.count == 2, country.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                        actor.country = country
                    } else {
                        let upper = country.uppercased()
                        reader.error(value, "'\(country)' is not an ISO 3166-1 alpha-2 country code",
                                     hint: upper.count == 2 && upper.allSatisfy({ $0.isASCII && $0.isLetter }) ? "write '\(upper)'" : "e.g. LY, FR, YE")
                    }
                }
            case "place": actor.place = reader.string(value, key: key)
            case "region": actor.region = reader.string(value, key: key)
            case "title": actor.title = reader.localized(value, key: key)
            case "gender": actor.gender = reader.enumeration(value, key: "gender", as: Gender.self)
            case "tags": actor.tags = reader.stringList(value, key: key)
            case "influence": actor.influence = reader.integer(value, key: key, in: 1...5)
            case "stance": actor.stance = reader.integer(value, key: key, in: -2...2)
            case "sensitivity": actor.sensitivity = reader.enumeration(value, key: "sensitivity", as: Sensitivity.self) ?? .public
            case "note": actor.note = reader.string(value, key: key)
            case "fields": actor.fields = fields(value)
            case "sources":
                let (values, located) = citations(pairs)
                actor.sources = values
                for (offset, citation) in located.enumerated() { locations.set("sources.\(offset)", citation.location) }
            default: break
            }
        }
        if !named { locations.set("name.default", reader.location(of: node)) }
        guard let id, let kind else {
            if let id { declaredButInvalid.insert(id) }
            return nil
        }
        if actor.gender != nil && actor.kind != .person {
            reader.error(at: location(pairs, "gender") ?? reader.location(of: node), "'gender' applies to persons only; '\(id)' is of kind \(kind.rawValue)")
        }
        return Located(value: actor, location: reader.location(of: node), keyLocations: locations)
    }

    private func tie(_ node: Node) -> Located<Tie>? {
        guard let pairs = reader.mapping(node, what: "a tie", allowed: NativeSchema.tie) else { return nil }
        var from: String?, to: String?, kind: TieKind?
        var complete = true
        for required in ["from", "to", "kind"] where value(pairs, required) == nil {
            reader.error(node, "a tie needs '\(required)'")
            complete = false
        }
        if let node = value(pairs, "from") { from = reader.identifier(node, key: "from") }
        if let node = value(pairs, "to") { to = reader.identifier(node, key: "to") }
        if let node = value(pairs, "kind") { kind = reader.enumeration(node, key: "tie kind", as: TieKind.self) }
        var tie = Tie(from: from ?? "", to: to ?? "", kind: kind ?? .related)
        var locations = keyLocations(pairs, keeping: ["from", "to"])
        var start: PartialDate?, end: PartialDate?
        for (key, _, value) in pairs {
            switch key {
            case "date": tie.date = reader.dateSpan(value, key: key)
            case "start": start = reader.partialDate(value, key: key)
            case "end": end = reader.partialDate(value, key: key)
            case "place": tie.place = reader.string(value, key: key)
            case "strength": tie.strength = reader.integer(value, key: key, in: 1...5) ?? 1
            case "weight": tie.weight = reader.positiveNumber(value, key: key)
            case "directed": tie.declaredDirected = directed(value, kind: kind)
            case "confidence": tie.confidence = reader.enumeration(value, key: "confidence", as: Confidence.self) ?? .confirmed
            case "sensitivity": tie.sensitivity = reader.enumeration(value, key: "sensitivity", as: Sensitivity.self) ?? .public
            case "outcome": tie.outcome = reader.string(value, key: key)
            case "follow_up": tie.followUp = reader.partialDate(value, key: key)
            case "note": tie.note = reader.string(value, key: key)
            case "fields": tie.fields = fields(value)
            case "sources":
                let (values, located) = citations(pairs)
                tie.sources = values
                for (offset, citation) in located.enumerated() { locations.set("sources.\(offset)", citation.location) }
            default: break
            }
        }
        if start != nil || end != nil {
            if tie.date != nil {
                reader.error(at: location(pairs, "start") ?? location(pairs, "end") ?? reader.location(of: node),
                             "a tie has either 'date' or 'start'/'end', not both")
            } else if let first = start ?? end, let last = end ?? start {
                if let span = DateSpan(start: first, end: last) {
                    tie.date = span
                    tie.usesStartEnd = true
                } else {
                    reader.error(at: location(pairs, "end") ?? reader.location(of: node), "'end' \(last) is before 'start' \(first)")
                }
            }
        }
        // A tie with an unreadable kind is kept with a placeholder so that its ends and sources
        // are still checked; the file has an error already, so it never reaches a graph.
        guard complete, let from, let to else { return nil }
        if from == to {
            reader.error(at: location(pairs, "to") ?? reader.location(of: node), "a tie from '\(from)' to itself")
        }
        return Located(value: tie, location: reader.location(of: node), keyLocations: locations)
    }

    private func event(_ node: Node) -> Located<Event>? {
        guard let pairs = reader.mapping(node, what: "an event", allowed: NativeSchema.event) else { return nil }
        guard let idNode = value(pairs, "id") else {
            reader.error(node, "an event needs an 'id'")
            return nil
        }
        let id = reader.identifier(idNode, key: "id")
        var kind: EventKind?
        if let kindNode = value(pairs, "kind") {
            kind = reader.enumeration(kindNode, key: "event kind", as: EventKind.self)
        } else {
            reader.error(node, "event '\(id ?? "?")' needs a 'kind'", hint: "one of: \(EventKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var event = Event(id: id ?? "invalid", kind: kind ?? .other)
        var locations = KeyLocations()
        for (key, _, value) in pairs {
            switch key {
            case "name": event.name = reader.localized(value, key: key)
            case "date": event.date = reader.dateSpan(value, key: key)
            case "place": event.place = reader.string(value, key: key)
            case "organizers":
                for (offset, item) in reader.sequence(value, key: key).enumerated() {
                    if let id = reader.identifier(item, key: "an organizer") {
                        event.organizers.append(id)
                        locations.set("organizers.\(offset)", reader.location(of: item))
                    }
                }
            case "participants":
                for item in reader.sequence(value, key: key) {
                    if let participant = participant(item) {
                        locations.set("participants.\(event.participants.count)", reader.location(of: item))
                        event.participants.append(participant)
                    }
                }
            case "topics": event.topics = reader.stringList(value, key: key)
            case "outcome": event.outcome = reader.string(value, key: key)
            case "follow_up": event.followUp = reader.partialDate(value, key: key)
            case "sensitivity": event.sensitivity = reader.enumeration(value, key: "sensitivity", as: Sensitivity.self) ?? .public
            case "note": event.note = reader.string(value, key: key)
            case "sources":
                let (values, located) = citations(pairs)
                event.sources = values
                for (offset, citation) in located.enumerated() { locations.set("sources.\(offset)", citation.location) }
            default: break
            }
        }
        guard id != nil, kind != nil else {
            if let id { declaredButInvalid.insert(id) }
            return nil
        }
        return Located(value: event, location: reader.location(of: node), keyLocations: locations)
    }

    private func participant(_ node: Node) -> Event.Participant? {
        if case .scalar = node {
            return reader.identifier(node, key: "a participant").map { Event.Participant(id: $0) }
        }
        guard let pairs = reader.mapping(node, what: "a participant", allowed: NativeSchema.participant) else { return nil }
        guard let idNode = value(pairs, "id") else {
            reader.error(node, "a participant needs an 'id'")
            return nil
        }
        guard let id = reader.identifier(idNode, key: "id") else { return nil }
        var participant = Event.Participant(id: id)
        if let role = value(pairs, "role") { participant.role = reader.string(role, key: "role") }
        if let behalf = value(pairs, "on_behalf_of") { participant.onBehalfOf = reader.identifier(behalf, key: "on_behalf_of") }
        return participant
    }
}
