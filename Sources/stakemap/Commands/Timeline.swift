import ArgumentParser
import Foundation
import StakeMapAnalysis

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

    func run() throws {
        let graph = try loadGraph(self.graph)
        let actor = try self.actor.map { try resolveActor($0, in: graph, audience: audience.audience) }
        let entries = graph.timeline(of: actor?.id, throughMembers: throughMembers, audience: audience.audience)
        func name(_ id: String) -> String { graph.actor(withID: id)?.displayName(in: "en") ?? id }
        func group(_ entry: TimelineEntry) -> String {
            guard let start = entry.date?.start else { return "undated" }
            if by == .year { return String(start.year) }
            return start.month.map { String(format: "%04d-%02d", start.year, $0) } ?? "\(start.year)"
        }
        // Who was present, by name (at most 6, then "+N"); nobody recorded says so.
        func present(_ entry: TimelineEntry) -> String {
            let names = entry.actors.map(name)
            if names.isEmpty { return "no one recorded" }
            return names.count > 6 ? names.prefix(6).joined(separator: ", ") + " +\(names.count - 6)" : names.joined(separator: ", ")
        }
        func title(_ entry: TimelineEntry) -> String {
            if let event = entry.event { return graph.event(withID: event)?.displayName(in: "en") ?? event }
            return entry.actors.map(name).joined(separator: " met ")
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
            print(Table(headers: ["group", "date", "kind", "what", "place", "actors", "sources"], rows: rows).render(.csv), terminator: "")
            return
        }
        var groups = [(String, [TimelineEntry])]()
        for entry in entries {
            if groups.last?.0 == group(entry) { groups[groups.count - 1].1.append(entry) } else { groups.append((group(entry), [entry])) }
        }
        for (index, (label, items)) in groups.enumerated() {
            print(format == .md ? "## \(label)\n" : "\(label)")
            let rows = items.map { entry in
                [entry.date?.description ?? "", entry.kind?.rawValue ?? "met", title(entry), entry.place ?? "",
                 present(entry), entry.sources.map(\.description).joined(separator: " ")]
            }
            print(Table(headers: ["date", "kind", "what", "place", "who", "sources"], rows: rows).render(format == .md ? .md : .table),
                  terminator: index < groups.count - 1 ? "\n" : "")
        }
    }
}
