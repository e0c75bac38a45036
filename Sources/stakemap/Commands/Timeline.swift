import ArgumentParser
import Foundation
import StakeMapAnalysis
import StakeMapText

/// `stakemap timeline G [A]`: meetings and events in date order, grouped by year or month.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Meetings and events in date order, grouped by year or month.",
        discussion: """
        Examples:
          stakemap timeline graphs/libya-wps.yaml
          stakemap timeline graphs/libya-wps.yaml lwa --through-members --by month --format md
        """)

    /// How entries are grouped.
    enum Grouping: String, ExpressibleByArgument, CaseIterable {
        case year, month
    }

    @Argument(help: "The network.") var graph: String
    @Argument(help: "Only what involves this actor (id, name or alias).") var actor: String?
    @Option(help: "Group by year or month.") var by: Grouping = .year
    @Flag(help: "Include the actor's members' meetings and events.") var throughMembers = false
    @Option(help: "Output: table, json, csv or md.") var format: OutputFormat = .table
    @OptionGroup var audience: AudienceOption
    @OptionGroup var text: TextLanguageOptions

    func run() throws {
        let graph = try loadGraph(self.graph)
        let actor = try self.actor.map { try resolveActor($0, in: graph, audience: audience.audience, words: text.words) }
        let entries = graph.timeline(of: actor?.id, throughMembers: throughMembers, audience: audience.audience)
        let words = text.words, lang = text.language.rawValue
        func name(_ id: String) -> String { graph.actor(withID: id)?.displayName(in: lang) ?? id }
        func group(_ entry: TimelineEntry) -> String {
            guard let start = entry.date?.start else { return format == .json ? "undated" : words(.undated) }
            if by == .year { return String(start.year) }
            return start.month.map { String(format: "%04d-%02d", start.year, $0) } ?? "\(start.year)"
        }
        // Who was present, by name (at most 6, then "+N"); nobody recorded says so.
        func present(_ entry: TimelineEntry) -> String {
            let names = entry.actors.map(name)
            if names.isEmpty { return words(.noOneRecorded) }
            let comma = words.catalog.comma
            return names.count > 6 ? names.prefix(6).joined(separator: comma) + " +\(words.digits.format(names.count - 6))" : names.joined(separator: comma)
        }
        func title(_ entry: TimelineEntry) -> String {
            if let event = entry.event { return graph.event(withID: event)?.displayName(in: lang) ?? event }
            if text.language == .en { return entry.actors.map(name).joined(separator: " met ") }
            return words(.metBetween, ["a": .name(entry.actors.first.map(name) ?? ""), "b": .name(entry.actors.dropFirst().map(name).joined(separator: words.catalog.comma))])
        }
        func kind(_ entry: TimelineEntry) -> String {
            if format == .json || format == .csv { return entry.kind?.rawValue ?? "met" }
            return entry.kind.map { text.language == .en ? $0.rawValue : words.name(of: $0) } ?? (text.language == .en ? "met" : words.name(of: TieKind.met))
        }
        if format == .json {
            print(jsonText(["actor": jsonValue(actor?.id), "entries": entries.map { entry -> [String: Any] in
                ["group": group(entry), "date": jsonValue(entry.date?.description), "event": jsonValue(entry.event),
                 "kind": entry.kind?.rawValue ?? "met", "actors": entry.actors, "place": jsonValue(entry.place),
                 "sources": entry.sources.map(\.description)]
            }]))
            return
        }
        if format == .csv {
            let rows = entries.map { [group($0), $0.date?.description ?? "", $0.kind?.rawValue ?? "met", title($0), $0.place ?? "",
                                      $0.actors.joined(separator: "|"), $0.sources.map(\.description).joined(separator: " ")] }
            let headers = [Message.group, .date, .kind, .what, .place, .actors, .sources].map { words($0) }
            print(Table(headers: headers, rows: rows).render(.csv), terminator: "")
            return
        }
        var groups = [(String, [TimelineEntry])]()
        for entry in entries {
            if groups.last?.0 == group(entry) { groups[groups.count - 1].1.append(entry) } else { groups.append((group(entry), [entry])) }
        }
        for (index, (label, items)) in groups.enumerated() {
            let heading = text.language == .en ? label : PartialDate(parsing: label).map { words.dateText(DateSpan($0)) } ?? label
            print(format == .md ? "## \(heading)\n" : heading)
            let rows = items.map { entry in
                [entry.date.map(words.dateText) ?? "", kind(entry), title(entry), entry.place ?? "",
                 present(entry), entry.sources.map(\.description).joined(separator: " ")]
            }
            let headers = [Message.date, .kind, .what, .place, .who, .sources].map { words($0) }
            print(Table(headers: headers, rows: rows).render(format == .md ? .md : .table),
                  terminator: index < groups.count - 1 ? "\n" : "")
        }
    }
}
