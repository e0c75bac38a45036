import Yams

/// Writes a network in the native `.yaml` format: stable, diff-friendly, one tie per line.
///
/// Includes are flattened (the output is one self-contained file). Reading the output back
/// gives the same `Graph` (a read → write → read round trip is the identity).
public struct NativeWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The YAML text of `graph`.
    /// - Throws: `StakeMapError` (`.unwritable`) if the YAML emitter fails.
    public func write(_ graph: Graph) throws(StakeMapError) -> String {
        let yaml: String
        do {
            yaml = try Yams.serialize(node: document(graph).yamlNode, indent: 2, width: -1, allowUnicode: true)
        } catch {
            throw StakeMapError(.unwritable, "cannot write YAML: \(error)")
        }
        return Self.separatingSections(yaml)
    }

    /// The JSON text of `graph`: the same keys and structure as the YAML form, so the native
    /// reader reads it back (with line and column in its diagnostics).
    public func writeJSON(_ graph: Graph) -> String {
        document(graph).json(indent: 0) + "\n"
    }

    private func document(_ graph: Graph) -> DocumentValue {
        var pairs: [(String, DocumentValue)] = [(key("stakemap"), number("\(Graph.formatVersion)"))]
        if let title = graph.title { pairs.append((key("title"), text(title))) }
        if let description = graph.description { pairs.append((key("description"), text(description))) }
        if let asOf = graph.asOf { pairs.append((key("as_of"), plain(asOf.description))) }
        if !graph.sources.isEmpty { pairs.append((key("sources"), block(graph.sources.map(source)))) }
        if !graph.actors.isEmpty { pairs.append((key("actors"), block(graph.actors.map(actor)))) }
        if !graph.ties.isEmpty { pairs.append((key("ties"), block(graph.ties.map(tie)))) }
        if !graph.events.isEmpty { pairs.append((key("events"), block(graph.events.map(event)))) }
        return .map(pairs, flow: false)
    }

    /// Puts a blank line before each top-level section after the header, for readable diffs.
    private static func separatingSections(_ yaml: String) -> String {
        var lines = [Substring]()
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if ["sources:", "actors:", "ties:", "events:"].contains(line) && !lines.isEmpty { lines.append("") }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    private func key(_ name: String) -> String { name }

    private func plain(_ value: String) -> DocumentValue { .plain(value) }

    private func number(_ value: String) -> DocumentValue { .number(value) }

    private func string(_ value: String) -> DocumentValue { .string(value) }

    private func text(_ value: LocalizedText) -> DocumentValue {
        if value.isPlain { return string(value.text()) }
        return .map(value.languages.map { (key($0), string(value.translations[$0] ?? "")) }, flow: true)
    }

    private func list(_ values: [String]) -> DocumentValue { .list(values.map(string), flow: true) }

    private func block(_ items: [DocumentValue]) -> DocumentValue { .list(items, flow: false) }

    private func citations(_ values: [Citation]) -> DocumentValue { list(values.map(\.description)) }

    /// Custom fields on one line, keys sorted; a text that would read as another type is quoted.
    private func fields(_ values: [String: FieldValue]) -> DocumentValue {
        .map(values.sorted { $0.key < $1.key }.map { pair -> (String, DocumentValue) in
            switch pair.value {
            case let .text(text): (key(pair.key), FieldValue.textNeedsQuotes(text) ? .quoted(text) : string(text))
            case .number, .flag: (key(pair.key), number(pair.value.description))
            case .date: (key(pair.key), plain(pair.value.description))
            }
        }, flow: true)
    }

    private func source(_ source: Source) -> DocumentValue {
        var pairs: [(String, DocumentValue)] = [(key("id"), string(source.id))]
        if let title = source.title { pairs.append((key("title"), text(title))) }
        if let file = source.file { pairs.append((key("file"), string(file))) }
        if let url = source.url { pairs.append((key("url"), string(url))) }
        if let date = source.date { pairs.append((key("date"), plain(date.description))) }
        if let language = source.language { pairs.append((key("language"), string(language))) }
        if let note = source.note { pairs.append((key("note"), string(note))) }
        return .map(pairs, flow: true)
    }

    private func actor(_ actor: Actor) -> DocumentValue {
        var pairs: [(String, DocumentValue)] = [(key("id"), string(actor.id)), (key("kind"), plain(actor.kind.rawValue))]
        if actor.name != LocalizedText(actor.id) { pairs.append((key("name"), text(actor.name))) }
        if !actor.aliases.isEmpty { pairs.append((key("aliases"), list(actor.aliases))) }
        if let country = actor.country { pairs.append((key("country"), string(country))) }
        if let place = actor.place { pairs.append((key("place"), string(place))) }
        if let region = actor.region { pairs.append((key("region"), string(region))) }
        if let title = actor.title { pairs.append((key("title"), text(title))) }
        if let gender = actor.gender { pairs.append((key("gender"), plain(gender.rawValue))) }
        if !actor.tags.isEmpty { pairs.append((key("tags"), list(actor.tags))) }
        if let influence = actor.influence { pairs.append((key("influence"), number("\(influence)"))) }
        if let stance = actor.stance { pairs.append((key("stance"), number("\(stance)"))) }
        if actor.sensitivity != .public { pairs.append((key("sensitivity"), plain(actor.sensitivity.rawValue))) }
        if let note = actor.note { pairs.append((key("note"), string(note))) }
        if !actor.sources.isEmpty { pairs.append((key("sources"), citations(actor.sources))) }
        if !actor.fields.isEmpty { pairs.append((key("fields"), fields(actor.fields))) }
        return .map(pairs, flow: false)
    }

    private func tie(_ tie: Tie) -> DocumentValue {
        var pairs: [(String, DocumentValue)] = [
            (key("from"), string(tie.from)), (key("to"), string(tie.to)), (key("kind"), plain(tie.kind.rawValue)),
        ]
        // Direction a foreign file declared on an undirected kind (GraphML/GEXF → related).
        if tie.declaredDirected == true && !tie.kind.isDirected { pairs.append((key("directed"), number("true"))) }
        if let date = tie.date {
            if tie.usesStartEnd {
                pairs.append((key("start"), plain(date.start.description)))
                if date.end != date.start { pairs.append((key("end"), plain(date.end.description))) }
            } else {
                pairs.append((key("date"), plain(date.description)))
            }
        }
        if let place = tie.place { pairs.append((key("place"), string(place))) }
        if tie.strength != 1 { pairs.append((key("strength"), number("\(tie.strength)"))) }
        if let weight = tie.weight { pairs.append((key("weight"), number("\(weight)"))) }
        if tie.confidence != .confirmed { pairs.append((key("confidence"), plain(tie.confidence.rawValue))) }
        if tie.sensitivity != .public { pairs.append((key("sensitivity"), plain(tie.sensitivity.rawValue))) }
        if let outcome = tie.outcome { pairs.append((key("outcome"), string(outcome))) }
        if let followUp = tie.followUp { pairs.append((key("follow_up"), plain(followUp.description))) }
        if let note = tie.note { pairs.append((key("note"), string(note))) }
        if !tie.sources.isEmpty { pairs.append((key("sources"), citations(tie.sources))) }
        if !tie.fields.isEmpty { pairs.append((key("fields"), fields(tie.fields))) }
        return .map(pairs, flow: true)
    }

    private func event(_ event: Event) -> DocumentValue {
        var pairs: [(String, DocumentValue)] = [(key("id"), string(event.id)), (key("kind"), plain(event.kind.rawValue))]
        if let name = event.name { pairs.append((key("name"), text(name))) }
        if let date = event.date { pairs.append((key("date"), plain(date.description))) }
        if let place = event.place { pairs.append((key("place"), string(place))) }
        if !event.organizers.isEmpty { pairs.append((key("organizers"), list(event.organizers))) }
        if !event.participants.isEmpty {
            let items = event.participants.map { participant -> DocumentValue in
                if participant.isBare { return string(participant.id) }
                var fields: [(String, DocumentValue)] = [(key("id"), string(participant.id))]
                if let role = participant.role { fields.append((key("role"), string(role))) }
                if let behalf = participant.onBehalfOf { fields.append((key("on_behalf_of"), string(behalf))) }
                return .map(fields, flow: true)
            }
            pairs.append((key("participants"), block(items)))
        }
        if !event.topics.isEmpty { pairs.append((key("topics"), list(event.topics))) }
        if let outcome = event.outcome { pairs.append((key("outcome"), string(outcome))) }
        if let followUp = event.followUp { pairs.append((key("follow_up"), plain(followUp.description))) }
        if event.sensitivity != .public { pairs.append((key("sensitivity"), plain(event.sensitivity.rawValue))) }
        if let note = event.note { pairs.append((key("note"), string(note))) }
        if !event.sources.isEmpty { pairs.append((key("sources"), citations(event.sources))) }
        return .map(pairs, flow: false)
    }
}
