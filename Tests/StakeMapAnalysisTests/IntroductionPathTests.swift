import Foundation
import Testing
@testable import StakeMapAnalysis

/// Yen's k best paths against a brute-force enumeration of every simple path.
@Suite("Introduction paths")
struct IntroductionPathTests {
    /// A seeded random network with distinct real strengths (so costs do not tie).
    static func randomGraph(seed: UInt64, nodes: Int, edgeProbability: Double) -> Graph {
        var state = seed &+ 0x9E37_79B9_7F4A_7C15
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        let actors = (0..<nodes).map { Actor(id: String(format: "n%02d", $0), kind: .person) }
        var ties = [Tie]()
        for i in 0..<nodes {
            for j in (i + 1)..<nodes where next() < edgeProbability {
                ties.append(Tie(from: actors[i].id, to: actors[j].id, kind: .met, weight: 0.5 + next() * 4))
            }
        }
        return Graph(actors: actors, ties: ties)
    }

    /// Every simple path from `source` to `target`, with its cost (1/weight per step).
    static func allPaths(in graph: Graph, from source: String, to target: String) -> [(actors: [String], cost: Double)] {
        var adjacency = [String: [(String, Double)]]()
        for tie in graph.ties {
            adjacency[tie.from, default: []].append((tie.to, 1 / tie.analysisWeight))
            adjacency[tie.to, default: []].append((tie.from, 1 / tie.analysisWeight))
        }
        var result = [(actors: [String], cost: Double)]()
        func walk(_ path: [String], _ cost: Double) {
            guard let last = path.last else { return }
            if last == target {
                result.append((path, cost))
                return
            }
            for (next, length) in adjacency[last] ?? [] where !path.contains(next) { walk(path + [next], cost + length) }
        }
        walk([source], 0)
        return result.sorted { $0.cost != $1.cost ? $0.cost < $1.cost : $0.actors.lexicographicallyPrecedes($1.actors) }
    }

    @Test("the k paths equal the k cheapest simple paths", arguments: 0..<60)
    func matchesBruteForce(seed: Int) throws {
        let graph = Self.randomGraph(seed: UInt64(seed), nodes: 8, edgeProbability: 0.4)
        let expected = Self.allPaths(in: graph, from: "n00", to: "n07")
        let k = 6
        let found = graph.introductionPaths(from: "n00", to: "n07", options: PathOptions(k: k))
        #expect(found.count == min(k, expected.count))
        for (path, reference) in zip(found, expected) {
            #expect(path.actors == reference.actors)
            #expect(abs(path.cost - reference.cost) < 1e-9)
        }
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.cost <= $1.cost + 1e-12 })
    }

    @Test("equal costs come out in order of the ids along the path")
    func deterministicTies() {
        let graph = Graph(actors: ["a", "m", "c", "z"].map { Actor(id: $0, kind: .person) },
                          ties: [Tie(from: "a", to: "z", kind: .met), Tie(from: "z", to: "c", kind: .met),
                                 Tie(from: "a", to: "m", kind: .met), Tie(from: "m", to: "c", kind: .met)])
        let paths = graph.introductionPaths(from: "a", to: "c", options: PathOptions(k: 5))
        #expect(paths.map(\.actors) == [["a", "m", "c"], ["a", "z", "c"]])
    }

    @Test("withheld actors, avoided actors and hostile ties are never on a path")
    func constraints() {
        let graph = Graph(
            actors: [Actor(id: "home", kind: .coalition), Actor(id: "secret", kind: .person, sensitivity: .confidential),
                     Actor(id: "open", kind: .person), Actor(id: "enemy", kind: .person), Actor(id: "target", kind: .person)],
            ties: [Tie(from: "home", to: "secret", kind: .met, strength: 5), Tie(from: "secret", to: "target", kind: .met, strength: 5),
                   Tie(from: "home", to: "open", kind: .met), Tie(from: "open", to: "target", kind: .met),
                   Tie(from: "home", to: "enemy", kind: .opposes, strength: 5), Tie(from: "enemy", to: "target", kind: .met, strength: 5)])
        let forTeam = graph.introductionPaths(from: "home", to: "target", options: PathOptions(k: 5))
        #expect(forTeam.map(\.actors) == [["home", "open", "target"]])
        let everything = graph.introductionPaths(from: "home", to: "target", options: PathOptions(k: 5, audience: .confidential))
        #expect(everything.first?.actors == ["home", "secret", "target"])
        #expect(graph.introductionPaths(from: "home", to: "target", options: PathOptions(avoid: ["open"])).isEmpty)
    }

    @Test("staleness lengthens old ties: a recent weak contact beats an old strong one")
    func recency() throws {
        let graph = Graph(asOf: PartialDate(year: 2025, month: 10, day: 4),
                          actors: ["home", "old", "new", "target"].map { Actor(id: $0, kind: .person) },
                          ties: [Tie(from: "home", to: "old", kind: .met, date: DateSpan(PartialDate(year: 2015)!), strength: 4),
                                 Tie(from: "old", to: "target", kind: .met, date: DateSpan(PartialDate(year: 2015)!), strength: 4),
                                 Tie(from: "home", to: "new", kind: .met, date: DateSpan(PartialDate(year: 2025)!), strength: 2),
                                 Tie(from: "new", to: "target", kind: .met, date: DateSpan(PartialDate(year: 2025)!), strength: 2)])
        #expect(graph.introductionPaths(from: "home", to: "target").first?.actors == ["home", "old", "target"])
        let discounted = graph.introductionPaths(from: "home", to: "target", options: PathOptions(recencyHalfLifeMonths: 24))
        #expect(discounted.first?.actors == ["home", "new", "target"])
        let step = try #require(discounted.first?.steps.first)
        #expect(step.explanation.shown.map(\.tieKind) == [.met] && step.explanation.shown.first?.date == DateSpan(PartialDate(year: 2025)!))
        #expect(step.explanation.more == 0)
    }
}
