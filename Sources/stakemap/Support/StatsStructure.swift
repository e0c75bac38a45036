import Foundation
import StakeMapAnalysis
import StakeMapText

/// The structure measures `stats` adds to its counts, each equal to a networkx call.
struct StatsStructure {
    let clustering: Clustering
    let extent: Extent
    let histogram: [Int]

    init(_ network: Network) {
        clustering = network.clustering()
        extent = network.extent()
        histogram = network.degreeHistogram()
    }

    /// Table rows in the language of `words`.
    func rows(_ words: Words) -> [(String, String)] {
        let scope = extent.isConnected ? "" : " (" + words(.statLargest) + ")"
        return [(words(.statTransitivity), words.value(.decimal(String(format: "%.4f", clustering.transitivity)))),
                (words(.statAverageClustering), words.value(.decimal(String(format: "%.4f", clustering.average)))),
                (words(.statDiameter) + scope, words.digits.format(extent.diameter)),
                (words(.statRadius) + scope, words.digits.format(extent.radius)),
                (words(.statDegreeDistribution), words.digits.apply(histogram.enumerated().filter { $0.element > 0 }
                    .map { "\($0.offset):\($0.element)" }.joined(separator: " ")))]
    }

    /// JSON members: `degree_distribution[k]` is the number of actors with k contacts.
    var json: [String: Any] {
        ["transitivity": clustering.transitivity, "average_clustering": clustering.average,
         "diameter": extent.diameter, "radius": extent.radius,
         "diameter_scope": extent.isConnected ? "network" : "largest component",
         "degree_distribution": histogram]
    }
}

/// `stats --over-time PERIOD`: one row per period of what happened in it.
struct StatsOverTime {
    let period: TimePeriod
    let options: NetworkOptions

    /// One period's row.
    struct Row: Encodable {
        let period: String
        let actorsActive: Int
        let ties: Int
        let meetings: Int
        let density: Double
        let components: Int
        enum CodingKeys: String, CodingKey {
            case period, actorsActive = "actors_active", ties, meetings, density, components
        }
    }

    /// The rows of `graph`'s periods (undated records left out): `Graph.history`, the slices the
    /// report's "network over time" section draws too.
    func rows(_ graph: Graph) -> [Row] {
        graph.history(by: period, options: options).map {
            Row(period: $0.label, actorsActive: $0.actorsActive, ties: $0.ties, meetings: $0.meetings,
                density: $0.density, components: $0.components)
        }
    }

    func print(_ graph: Graph, format: OutputFormat, words: Words) throws {
        let rows = rows(graph)
        if format == .json {
            printOutput(try AnalysisOutput.json(["periods": rows]), terminator: "")
            return
        }
        let headers = [words(CommandMessage.period), words(CommandMessage.actorsActive), words(Message.ties),
                       words(CommandMessage.meetings), words(CommandMessage.density), words(CommandMessage.components)]
        let n = words.digits.format
        let table = Table(headers: headers,
                          rows: rows.map { [words.period($0.period), n($0.actorsActive), n($0.ties), n($0.meetings),
                                            format == .csv ? String($0.density) : words.value(.decimal(String(format: "%.4f", $0.density))),
                                            n($0.components)] },
                          numericColumns: Set(1...5))
        printOutput(table.render(format), terminator: "")
    }
}
