import Foundation
import StakeMapFormats

/// `diff` results as tables (text, CSV, Markdown) or JSON.
struct DiffOutput {
    let diff: GraphDiff
    let shifts: [(measure: String, shifts: [CentralityShift])]
    let old: Graph
    let new: Graph
    /// The language of actors' names (`en`, `ar`).
    var language = "en"

    /// One line per change: what happened, to which kind of item, which one, and the details.
    func changesTable() -> Table {
        var rows: [[String]] = diff.network.map { ["changed", "network", $0.field, fieldText($0)] }
        rows += diff.actors.added.map { ["added", "actor", $0.id, "\($0.kind.rawValue): \($0.displayName(in: language))"] }
        rows += diff.actors.removed.map { ["removed", "actor", $0.id, "\($0.kind.rawValue): \($0.displayName(in: language))"] }
        rows += diff.actors.changed.map { ["changed", "actor", $0.item, $0.changes.map(fieldText).joined(separator: "; ")] }
        rows += diff.ties.added.map { ["added", "tie", GraphDiff.describe($0), tieDetails($0)] }
        rows += diff.ties.removed.map { ["removed", "tie", GraphDiff.describe($0), tieDetails($0)] }
        rows += diff.ties.changed.map { ["changed", "tie", $0.item, $0.changes.map(fieldText).joined(separator: "; ")] }
        rows += diff.events.added.map { ["added", "event", $0.id, eventDetails($0)] }
        rows += diff.events.removed.map { ["removed", "event", $0.id, eventDetails($0)] }
        rows += diff.events.changed.map { ["changed", "event", $0.item, $0.changes.map(fieldText).joined(separator: "; ")] }
        var table = Table(headers: ["change", "item", "what", "details"], rows: rows)
        table.maximumCellWidth = 100
        return table
    }

    /// The centrality shifts: measure, actor, before, after, change.
    func shiftsTable(csv: Bool) -> Table {
        let rows = shifts.flatMap { measure, shifts in
            shifts.map { shift -> [String] in
                let cells = [shift.old, shift.new, shift.change].map { csv ? String($0) : String(format: "%.4f", $0) }
                return [measure, shift.id, AnalysisOutput.name(of: shift.id, in: new.actor(withID: shift.id) != nil ? new : old, language: language)] + cells
            }
        }
        return Table(headers: ["measure", "id", "name", "old", "new", "change"], rows: rows, numericColumns: [3, 4, 5])
    }

    /// `added 2 actors, removed 1 tie, …` or `no changes`.
    func summary() -> String {
        var parts: [String] = []
        for (noun, added, removed, changed) in [("actor", diff.actors.added.count, diff.actors.removed.count, diff.actors.changed.count),
                                                ("tie", diff.ties.added.count, diff.ties.removed.count, diff.ties.changed.count),
                                                ("event", diff.events.added.count, diff.events.removed.count, diff.events.changed.count)] {
            for (verb, count) in [("added", added), ("removed", removed), ("changed", changed)] where count > 0 {
                parts.append("\(verb) \(count) \(noun)\(count == 1 ? "" : "s")")
            }
        }
        if !diff.network.isEmpty { parts.append("network fields changed: " + diff.network.map(\.field).joined(separator: ", ")) }
        let counts = "\(old.actors.count) → \(new.actors.count) actors, \(old.ties.count) → \(new.ties.count) ties, "
            + "\(old.events.count) → \(new.events.count) events"
        return (parts.isEmpty ? "no changes" : parts.joined(separator: ", ")) + " (\(counts))"
    }

    /// The stable JSON shape: `{"summary", "network", "actors", "ties", "events", "centrality"}`.
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

    private func fieldText(_ change: GraphDiff.FieldChange) -> String {
        "\(change.field): \(change.old ?? "(none)") → \(change.new ?? "(none)")"
    }

    private func tieDetails(_ tie: Tie) -> String {
        [tie.place, tie.strength == 1 ? nil : "strength \(tie.strength)", tie.confidence == .confirmed ? nil : tie.confidence.rawValue,
         tie.sources.isEmpty ? nil : tie.sources.map(\.description).joined(separator: ", ")].compactMap { $0 }.joined(separator: "; ")
    }

    private func eventDetails(_ event: Event) -> String {
        ["\(event.kind.rawValue): \(event.displayName())", event.date?.description, event.place,
         event.attendees.isEmpty ? nil : "\(event.attendees.count) attendees"].compactMap { $0 }.joined(separator: "; ")
    }
}
