import Foundation
import Testing
import StakeMapAnalysis

/// Every claim of every gap finding and plan element, re-derived by a brute-force reference
/// (`ClaimReference`): on 1,200 generated networks and on the three real networks with many
/// home and target choices. Zero false claims; every finding has at least one claim; the plan's
/// sections name the same introducer.
@Suite("Claims checked independently")
struct ClaimCheckerTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func load(_ name: String) throws -> Graph {
        try NativeReader().read(path: repository.appendingPathComponent("graphs/\(name)").path).graph
    }

    static func problems(_ graph: Graph, home: String, targets: [String], audience: Audience = .internal) -> [String] {
        let visible = graph.visible(to: audience)
        let reference = ClaimReference(visible)
        let context = GapContext(graph: graph, audience: audience, options: GapOptions(home: home, targets: targets))
        let plan = MissionPlanner.plan(graph, audience: audience, options: MissionPlanOptions(home: home, targets: targets))
        let network = GapContext(graph: graph, audience: audience, options: GapOptions(targets: targets))
        return reference.problems(findings: GapAnalysis.run(context) + GapAnalysis.run(network), plan: plan)
    }

    @Test("1,200 generated networks: no false claim, no finding without a claim, plan sections agree")
    func generated() {
        var failures = [String]()
        var claims = 0
        for seed in UInt64(0)..<1200 {
            let graph = ClaimNetworks.network(seed: seed)
            let targets = ClaimNetworks.targets(graph, seed: seed)
            let found = Self.problems(graph, home: "home", targets: targets)
            claims += 1
            failures += found.prefix(3).map { "seed \(seed): \($0)" }
            if failures.count > 20 { break }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(claims == 1200)
    }

    @Test("the real networks, many homes and targets", arguments: ["libya-wps.yaml", "yemen-marib.yaml", "wps-all.yaml"])
    func real(name: String) throws {
        let graph = try Self.load(name)
        let homes = graph.actors.filter { $0.kind == .coalition || $0.kind == .organization }.map(\.id).prefix(6)
        let selections: [[String]] = [
            graph.actors.filter { $0.kind == .unBody }.map(\.id),
            graph.actors.filter { $0.kind == .post || $0.kind == .diplomaticMission }.map(\.id),
            graph.actors.filter { $0.kind == .person && ($0.influence ?? 0) >= 4 }.map(\.id),
            graph.actors.filter { $0.kind == .government || $0.kind == .community }.map(\.id),
        ].filter { !$0.isEmpty }
        var failures = [String]()
        for home in homes {
            for targets in selections {
                failures += Self.problems(graph, home: home, targets: targets).map { "\(home) → \(targets.prefix(3)): \($0)" }
            }
        }
        for audience in [Audience.public, .confidential] {
            failures += Self.problems(graph, home: homes.first ?? "", targets: selections.first ?? [], audience: audience)
        }
        #expect(failures.isEmpty, "\(failures.prefix(30).joined(separator: "\n"))")
    }
}
