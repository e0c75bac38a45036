import Foundation
import Testing
import StakeMapAnalysis

/// `PageRankRule`, the one PageRank of every command: networkx's values under each weighting,
/// and a refusal, never a number, when the iteration gives up.
@Suite("PageRank rule")
struct PageRankRuleTests {
    @Test("unweighted by default (weight=None), weighted on request (weight=\"weight\")", arguments: Fixture.names)
    func networkx(_ name: String) throws {
        let fixture = try Fixture.load(name)
        let network = fixture.network()
        for (rule, expected) in [(PageRankRule(), fixture.measures.pagerankUnweighted), (PageRankRule(weighted: true), fixture.measures.pagerank)] {
            let scores = try rule.checkedScores(on: network)
            for (id, value) in expected {
                #expect(abs((scores.value(for: id) ?? .nan) - value) < 1e-9, "\(name) \(rule.networkxEquivalent) \(id)")
            }
        }
        #expect(PageRankRule().networkxEquivalent == "pagerank(G, weight=None)")
        #expect(PageRankRule(weighted: true).networkxEquivalent == "pagerank(G, weight=\"weight\")")
    }

    @Test("an iteration that gives up is an invalid-input error naming PageRank, not the last iterate")
    func refusal() throws {
        let network = try Fixture.load("karate").network()
        let rule = PageRankRule(maxIterations: 2)
        #expect(!rule.scores(on: network).converged)
        #expect(throws: StakeMapError.self) { try rule.checkedScores(on: network) }
        do {
            _ = try rule.checkedScores(on: network)
        } catch {
            #expect(error.code == .invalidInput)
            #expect(error.description.contains("pagerank did not converge"))
        }
    }
}
