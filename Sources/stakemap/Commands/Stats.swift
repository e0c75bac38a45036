import ArgumentParser
import Foundation
import StakeMapAnalysis
import StakeMapText

/// `stakemap stats G`: counts by kind, density, components and the date span.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Summarise a network: counts by kind, density, components, clustering, diameter, date span.",
        discussion: """
        Structure measures are those of the analysis view: all ties plus event \
        co-participation, undirected (narrow it with --kinds, --no-events), with their \
        networkx equivalents: density (density), transitivity (transitivity), average \
        clustering (average_clustering), diameter and radius in hops (diameter, radius; of the \
        largest component when the network is in pieces, and said so), the degree \
        distribution (degree_histogram: how many actors have 0, 1, 2, … contacts).

        --over-time year|quarter|month prints one row per period of what happened in it: \
        actors active (with a tie or event in the period), ties, meetings (events and met \
        ties), and the density and components of the network of those actors and ties.

        Examples:
          stakemap stats graphs/libya-wps.yaml --format md
          stakemap stats graphs/libya-wps.yaml --at 2019
          stakemap stats graphs/libya-wps.yaml --over-time year
        """)

    @Argument(help: "The network to summarise.")
    var graph: String

    @Option(help: "Output: table, json, csv or md.")
    var format: OutputFormat = .table

    @OptionGroup var view: NetworkViewOptions
    @OptionGroup var time: TimeSliceOptions

    @Option(name: .customLong("over-time"), help: "One row per period (year, quarter or month): actors active, ties, meetings, density, components.")
    var overTime: TimePeriod?

    @OptionGroup var audience: AudienceOption
    @OptionGroup var text: TextLanguageOptions

    func validate() throws {
        if overTime != nil && (time.at != nil || time.between != nil) {
            throw ValidationError("--over-time takes every period itself; drop --at/--between")
        }
    }

    func run() throws {
        let whole = try loadGraph(self.graph).visible(to: audience.audience)
        let options = try view.networkOptions(audience: audience.audience)
        if let overTime {
            try StatsOverTime(period: overTime, options: options).print(whole, format: format, words: text.words)
            return
        }
        let graph = try time.apply(to: whole)
        let network = Network(graph, options: options)
        let structure = StatsStructure(network)
        let components = network.components()
        let largest = components.sizes.max() ?? 0
        let isolated = (0..<network.nodeCount).filter { network.degree(of: Int32($0)) == 0 && network.inDegree(of: Int32($0)) == 0 }.count
        let words = text.words, english = text.language == .en
        func number(_ n: Int) -> String { words.digits.format(n) }
        var rows: [(String, String)] = [(words(.statActors), number(graph.actors.count))]
        for kind in ActorKind.allCases {
            let count = graph.actors.filter { $0.kind == kind }.count
            if count > 0 { rows.append(("  " + (english ? kind.rawValue : words.name(of: kind)), number(count))) }
        }
        rows.append((words(.statTies), number(graph.ties.count)))
        for kind in TieKind.allCases {
            let count = graph.ties.filter { $0.kind == kind }.count
            if count > 0 { rows.append(("  " + (english ? kind.rawValue : words.name(of: kind)), number(count))) }
        }
        rows.append((words(.statEvents), number(graph.events.count)))
        for kind in EventKind.allCases {
            let count = graph.events.filter { $0.kind == kind }.count
            if count > 0 { rows.append(("  " + (english ? kind.rawValue : words.name(of: kind)), number(count))) }
        }
        rows += [
            (words(.statSources), number(graph.sources.count)),
            (words(.statEdges), number(network.edgeCount)),
            (words(.statDensity), words.value(.decimal(String(format: "%.4f", network.density)))),
            (words(.statComponents), number(components.count)),
            (words(.statLargest), number(largest)),
            (words(.statIsolated), number(isolated)),
        ] + structure.rows(words) + [
            (words(.statDateSpan), graph.dateSpan.map(words.dateText) ?? ""),
            (words(.statUndatedTies), number(graph.ties.filter { $0.date == nil }.count)),
            (words(.statUnsourcedTies), number(graph.ties.filter { $0.sources.isEmpty }.count)),
        ]
        if format == .json {
            print(statsJSON(graph: graph, network: network, components: components, largest: largest, structure: structure))
        } else {
            if format == .table {
                let title = graph.title.map { words.name(of: $0) } ?? self.graph
                print((graph.asOf.map { words(.statsTitleAsOf, ["title": .name(title), "date": .date(DateSpan($0))]) }
                       ?? words(.statsTitle, ["title": .name(title)])) + "\n")
            }
            let table = Table(headers: [words(.measure), words(.value)], rows: rows.map { [$0.0, $0.1] }, numericColumns: [1])
            print(table.render(format), terminator: "")
        }
    }

    private func statsJSON(graph: Graph, network: Network, components: Components, largest: Int,
                           structure: StatsStructure) -> String {
        func counts<K: RawRepresentable & CaseIterable>(_ kinds: K.Type, _ values: [K]) -> [String: Int] where K.RawValue == String, K: Equatable {
            Dictionary(uniqueKeysWithValues: K.allCases.compactMap { kind in
                let count = values.filter { $0 == kind }.count
                return count > 0 ? (kind.rawValue, count) : nil
            })
        }
        var object: [String: Any] = [
            "actors": graph.actors.count, "ties": graph.ties.count, "events": graph.events.count,
            "sources": graph.sources.count,
            "actor_kinds": counts(ActorKind.self, graph.actors.map(\.kind)),
            "tie_kinds": counts(TieKind.self, graph.ties.map(\.kind)),
            "event_kinds": counts(EventKind.self, graph.events.map(\.kind)),
            "edges": network.edgeCount, "density": network.density,
            "components": components.count, "largest_component": largest,
            "date_span": graph.dateSpan?.description ?? NSNull(),
            "as_of": graph.asOf?.description ?? NSNull(),
        ]
        object.merge(structure.json) { $1 }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
