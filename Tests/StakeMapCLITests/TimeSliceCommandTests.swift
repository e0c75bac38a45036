import Foundation
import Testing
import StakeMap

/// `--at`, `--between` and `--over-time`: against networkx on a generated dated network, and on
/// the Libya network against the same network cut by hand.
@Suite("time slices")
struct TimeSliceCommandTests {
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try StakeMapBinary.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("--at and --between on a dated network match networkx on the same slice")
    func dated() throws {
        let reference = try AnalystMeasuresTests.reference("dated")
        let file = AnalystMeasuresTests.graphml("dated")
        let cases: [([String], String)] = [
            (["--at", try #require(reference["at"] as? String)], "measures_at"),
            (["--between", try #require(reference["between"] as? String), "--undated", "exclude"], "measures_between_dated"),
        ]
        for (slice, key) in cases {
            let expected = try #require(reference[key] as? [String: Any])
            for measure in ["degree", "betweenness", "pagerank"] {
                let values = try #require(expected[measure] as? [String: Double])
                let mine = try AnalystMeasuresTests.centrality([file] + slice, measure: measure)
                AnalystMeasuresTests.expectMatch(mine, values, "\(key) \(measure)")
            }
            let stats = try Self.json(["stats", file] + slice)
            #expect(abs((stats["density"] as? Double ?? .nan) - (expected["density"] as? Double ?? 0)) < 1e-12)
            #expect(stats["components"] as? Int == expected["components"] as? Int)
        }
    }

    /// The Libya network with only what stood in `year`: ties and events dated in or before it
    /// (intervals still open in it), undated ones kept — cut with year arithmetic, not `TimeSlice`.
    static func cutByHand(_ graph: Graph, year: Int) -> Graph {
        var cut = graph
        cut.ties = graph.ties.filter { tie in
            guard let date = tie.date else { return true }
            return date.start.year <= year && (!tie.usesStartEnd || date.end.year >= year)
        }
        cut.events = graph.events.filter { ($0.date?.start.year ?? year) <= year }
        return cut
    }

    @Test("--at on the Libya network equals the network cut by hand", arguments: [2016, 2018, 2024])
    func libya(_ year: Int) throws {
        let graph = try NativeReader().read(path: StakeMapBinary.repository.appendingPathComponent("graphs/libya-wps.yaml").path).graph
        let scratch = Scratch()
        let cut = scratch.write("cut.yaml", try NativeWriter().write(Self.cutByHand(graph, year: year)))
        #expect(Self.cutByHand(graph, year: year).ties.count < graph.ties.count, "the cut removes something")
        let sliced = try Self.json(["stats", "graphs/libya-wps.yaml", "--at", String(year)])
        let byHand = try Self.json(["stats", cut])
        for key in ["ties", "events", "edges", "components", "largest_component", "diameter", "radius", "degree_distribution"] {
            #expect(String(describing: sliced[key]) == String(describing: byHand[key]), "\(key): \(sliced[key] ?? "nil") vs \(byHand[key] ?? "nil")")
        }
        for key in ["density", "transitivity", "average_clustering"] {
            #expect(abs((sliced[key] as? Double ?? .nan) - (byHand[key] as? Double ?? .nan)) < 1e-12, "\(key)")
        }
        for measure in ["betweenness", "pagerank", "closeness", "core"] {
            let a = try AnalystMeasuresTests.centrality(["graphs/libya-wps.yaml", "--at", String(year)], measure: measure)
            let b = try AnalystMeasuresTests.centrality([cut], measure: measure)
            AnalystMeasuresTests.expectMatch(a, b, "\(measure) at \(year)")
        }
    }

    @Test("--over-time: stats per year and centrality ranks with who rose and fell")
    func overTime() throws {
        let stats = try Self.json(["stats", "graphs/libya-wps.yaml", "--over-time", "year"])
        let periods = try #require(stats["periods"] as? [[String: Any]])
        #expect(periods.first?["period"] as? String == "2015")
        #expect(periods.contains { ($0["ties"] as? Int ?? 0) > 0 })
        let ranks = try Self.json(["centrality", "graphs/libya-wps.yaml", "--over-time", "year", "--measure", "degree"])
        let labels = try #require(ranks["periods"] as? [String])
        let byActor = try #require(ranks["ranks"] as? [String: [Int]])
        #expect(byActor.values.allSatisfy { $0.count == labels.count })
        // The last period's ranks are those of --at at the end of that period.
        let last = try #require(labels.last)
        let atEnd = try AnalystMeasuresTests.centrality(["graphs/libya-wps.yaml", "--at", last], measure: "degree")
        let best = atEnd.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key
        #expect(byActor[best ?? ""]?.last == 1)
        let table = try StakeMapBinary.run(["centrality", "graphs/libya-wps.yaml", "--over-time", "year", "--measure", "degree"])
        #expect(table.stdout.contains("rose most"))
    }

    @Test("every analysis command takes --at and --between", arguments: ["communities", "brokers", "stats", "centrality", "gaps"])
    func everyCommand(_ command: String) throws {
        let at = try StakeMapBinary.run([command, "graphs/libya-wps.yaml", "--at", "2018"])
        #expect(at.status == 0, "\(at.stderr)")
        let between = try StakeMapBinary.run([command, "graphs/libya-wps.yaml", "--between", "2018..2019", "--undated", "exclude"])
        #expect(between.status == 0, "\(between.stderr)")
        let bad = try StakeMapBinary.run([command, "graphs/libya-wps.yaml", "--at", "2018-13"])
        #expect(bad.status == 64)
    }
}
