import Foundation
import StakeMapFormats
import StakeMapText

/// `diff` results as tables (text, CSV, Markdown) or JSON, in the language of `words`: the
/// summary, headings, change and item words, field names and the values of kinds,
/// confidences and sensitivities; ids, names and other data as written.
struct DiffOutput {
    let diff: GraphDiff
    let shifts: [(measure: String, shifts: [CentralityShift])]
    let old: Graph
    let new: Graph
    /// The words of the output (and the language of actors' names).
    var words = Words(.en)

    /// One line per change: what happened, to which kind of item, which one, and the details.
    func changesTable() -> Table {
        let added = words(CommandMessage.diffAddedCell), removed = words(CommandMessage.diffRemovedCell)
        let changed = words(CommandMessage.diffChangedCell)
        let actor = words(CommandMessage.diffActorCell), tie = words(CommandMessage.diffTieCell)
        let event = words(CommandMessage.diffEventCell)
        var rows: [[String]] = diff.network.map { [changed, words(CommandMessage.diffNetworkCell), networkFieldName($0.field), fieldText($0, network: true)] }
        rows += diff.actors.added.map { [added, actor, $0.id, actorDetails($0)] }
        rows += diff.actors.removed.map { [removed, actor, $0.id, actorDetails($0)] }
        rows += diff.actors.changed.map { [changed, actor, $0.item, changesText($0)] }
        rows += diff.ties.added.map { [added, tie, tieText($0), tieDetails($0)] }
        rows += diff.ties.removed.map { [removed, tie, tieText($0), tieDetails($0)] }
        // A changed tie is described as it is in the new version.
        let newTies = Dictionary(new.ties.map { (GraphDiff.describe($0), $0) }, uniquingKeysWith: { first, _ in first })
        rows += diff.ties.changed.map { [changed, tie, newTies[$0.item].map(tieText) ?? $0.item, changesText($0)] }
        rows += diff.events.added.map { [added, event, $0.id, eventDetails($0)] }
        rows += diff.events.removed.map { [removed, event, $0.id, eventDetails($0)] }
        rows += diff.events.changed.map { [changed, event, $0.item, changesText($0)] }
        let headers = ([.diffChange, .diffItem, .diffWhat, .diffDetails] as [CommandMessage]).map { words($0) }
        var table = Table(headers: headers, rows: rows)
        table.maximumCellWidth = 100
        return table
    }

    /// The centrality shifts: measure, actor, before, after, change.
    func shiftsTable(csv: Bool) -> Table {
        let rows = shifts.flatMap { measure, shifts in
            shifts.map { shift -> [String] in
                let cells = [shift.old, shift.new, shift.change].map { csv ? String($0) : words.number(String(format: "%.4f", $0)) }
                let graph = new.actor(withID: shift.id) != nil ? new : old
                return [words(CommandMessage.measureName(measure)), shift.id, AnalysisOutput.name(of: shift.id, in: graph, words: words)] + cells
            }
        }
        let headers = [words(CommandMessage.diffMeasure), words(Message.id), words(Message.name), words(CommandMessage.diffOld),
                       words(CommandMessage.diffNew), words(CommandMessage.change)]
        return Table(headers: headers, rows: rows, numericColumns: [3, 4, 5])
    }

    /// The heading of the centrality shifts.
    var shiftsHeading: String { words(CommandMessage.diffShiftsHeading) }

    /// `added 2 actors, removed 1 tie, …` or `no changes`, then the sizes of both versions.
    func summary() -> String {
        var parts: [String] = []
        let sections: [(Noun, Int, Int, Int)] = [
            (.actor, diff.actors.added.count, diff.actors.removed.count, diff.actors.changed.count),
            (.tie, diff.ties.added.count, diff.ties.removed.count, diff.ties.changed.count),
            (.event, diff.events.added.count, diff.events.removed.count, diff.events.changed.count),
        ]
        for (noun, added, removed, changed) in sections {
            for (message, count) in [(CommandMessage.diffAdded, added), (.diffRemoved, removed), (.diffChanged, changed)] where count > 0 {
                parts.append(words(message, ["count": .count(count, noun)]))
            }
        }
        if !diff.network.isEmpty {
            let fields = diff.network.map { networkFieldName($0.field) }.joined(separator: words.catalog.comma)
            parts.append(words(CommandMessage.diffNetworkFields, ["fields": .worded(fields)]))
        }
        let totals = words(CommandMessage.diffTotals, [
            "oldActors": .number(old.actors.count), "newActors": .number(new.actors.count),
            "oldTies": .number(old.ties.count), "newTies": .number(new.ties.count),
            "oldEvents": .number(old.events.count), "newEvents": .number(new.events.count),
        ])
        let changes = parts.isEmpty ? words(CommandMessage.diffNoChanges) : parts.joined(separator: words(CommandMessage.diffPartSeparator))
        return changes + " (" + totals + ")"
    }

    /// The stable JSON shape: `{"summary", "network", "actors", "ties", "events", "centrality"}`
    /// (keys, ids and field values as in the data; the summary in the language of `words`).
    func json() throws -> String {
        struct Section: Encodable {
            let added: [String]
            let removed: [String]
            let changed: [GraphDiff.Change]
        }
        struct Document: Encodable {
            let summary: String
            let network: [GraphDiff.FieldChange]
            let actors: Section
            let ties: Section
            let events: Section
            let centrality: [String: [CentralityShift]]
        }
        let document = Document(
            summary: summary(), network: diff.network,
            actors: Section(added: diff.actors.added.map(\.id), removed: diff.actors.removed.map(\.id), changed: diff.actors.changed),
            ties: Section(added: diff.ties.added.map(GraphDiff.describe), removed: diff.ties.removed.map(GraphDiff.describe), changed: diff.ties.changed),
            events: Section(added: diff.events.added.map(\.id), removed: diff.events.removed.map(\.id), changed: diff.events.changed),
            centrality: Dictionary(uniqueKeysWithValues: shifts.map { ($0.measure, $0.shifts) }))
        return try AnalysisOutput.json(document)
    }

    private func networkFieldName(_ key: String) -> String { words(CommandMessage.networkFieldName(key)) }

    private func changesText(_ change: GraphDiff.Change) -> String {
        change.changes.map { fieldText($0, network: false) }.joined(separator: words(CommandMessage.clauseSeparator))
    }

    private func fieldText(_ change: GraphDiff.FieldChange, network: Bool) -> String {
        let field = network ? networkFieldName(change.field) : words(CommandMessage.fieldName(change.field))
        let none = words(CommandMessage.diffNone)
        return words(CommandMessage.diffFieldChange, [
            "field": .worded(field),
            "old": .worded(change.old.map { value($0, of: change.field) } ?? none),
            "new": .worded(change.new.map { value($0, of: change.field) } ?? none),
        ])
    }

    /// A field's value in words: kinds, confidences and sensitivities named in the language;
    /// anything else as written (isolated inside Arabic when it is not in Arabic script).
    private func value(_ text: String, of field: String) -> String {
        guard words.language != .en else { return text }
        switch field {
        case "kind":
            if let kind = ActorKind(rawValue: text) { return words.name(of: kind) }
            if let kind = EventKind(rawValue: text) { return words.name(of: kind) }
        case "confidence":
            if let confidence = Confidence(rawValue: text) { return words(CommandMessage.confidenceName(confidence)) }
        case "sensitivity":
            if let sensitivity = Sensitivity(rawValue: text) { return words.name(of: sensitivity) }
        case "gender":
            if let gender = Gender(rawValue: text) { return words(CommandMessage.genderName(gender)) }
        case "date", "as_of":
            if let span = DateSpan(parsing: text) { return words.dateText(span) }
        default:
            break
        }
        if let number = Int(text) { return words.value(.number(number)) }
        if Double(text) != nil, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) {
            return words.value(.decimal(text))
        }
        return words.value(.name(text))
    }

    private func actorDetails(_ actor: Actor) -> String {
        let kind = words.language == .en ? actor.kind.rawValue : words.name(of: actor.kind)
        return "\(kind): \(data(actor.displayName(in: words.tag)))"
    }

    /// A name or place as written: isolated in Arabic when its direction differs.
    private func data(_ text: String) -> String {
        words.language == .en ? text : words.value(.name(text))
    }

    /// `lwa → unsmil member-of 2018` in English; in Arabic the kind's name in quotation
    /// marks and the date in words.
    private func tieText(_ tie: Tie) -> String {
        guard words.language != .en else { return GraphDiff.describe(tie) }
        let ends = "\(tie.from) \(tie.isDirected ? "→" : "—") \(tie.to)"
        return ends + " «" + words.name(of: tie.kind) + "»" + (tie.date.map { " " + words.dateText($0) } ?? "")
    }

    private func tieDetails(_ tie: Tie) -> String {
        [tie.place.map(data), tie.strength == 1 ? nil : words(CommandMessage.diffStrength, ["number": .number(tie.strength)]),
         tie.confidence == .confirmed ? nil : (words.language == .en ? tie.confidence.rawValue : words(CommandMessage.confidenceName(tie.confidence))),
         tie.sources.isEmpty ? nil : tie.sources.map(\.description).joined(separator: words.catalog.comma)]
            .compactMap { $0 }.joined(separator: words(CommandMessage.clauseSeparator))
    }

    private func eventDetails(_ event: Event) -> String {
        let kind = words.language == .en ? event.kind.rawValue : words.name(of: event.kind)
        let date = event.date.map { words.language == .en ? $0.description : words.dateText($0) }
        let attendees = event.attendees.count
        let present = attendees == 0 ? nil
            : words(one: CommandMessage.diffAttendeeOne, other: CommandMessage.diffAttendees, number: attendees, ["count": .count(attendees, .present)])
        return ["\(kind): \(data(event.displayName(in: words.tag)))", date, event.place.map(data), present]
            .compactMap { $0 }.joined(separator: words(CommandMessage.clauseSeparator))
    }
}
