import Foundation
import Testing
import StakeMapAnalysis

/// Common neighbours, Adamic–Adar and resource allocation over ties and shared events.
@Suite("Link prediction")
struct LinkPredictionTests {
    static let graph = Net.graph(
        [Net.actor("a"), Net.actor("b"), Net.actor("z"), Net.actor("w")],
        [Net.tie("a", "z", .partnersWith), Net.tie("b", "z", .partnersWith), Net.tie("z", "w", .met)],
        events: [Event(id: "e1", kind: .workshop, name: LocalizedText(["en": "Workshop One"]), participants: [.init(id: "a"), .init(id: "b")])])

    @Test("scores: z has degree 3, the event 2 attendees")
    func scores() {
        let prediction = LinkPredictor(graph: Self.graph).score("a", "b")
        #expect(prediction.commonNeighbors == ["z"])
        #expect(prediction.sharedEvents == ["e1"])
        #expect(prediction.commonNeighborCount == 2)
        #expect(abs(prediction.adamicAdar - (1 / log(3.0) + 1 / log(2.0))) < 1e-12)
        #expect(abs(prediction.resourceAllocation - (1.0 / 3 + 1.0 / 2)) < 1e-12)
    }

    @Test("the reasons are the shared event and the common contact with its ties, as facts")
    func reasons() {
        let predictor = LinkPredictor(graph: Self.graph)
        let reasons = predictor.reasons(predictor.score("a", "b"))
        #expect(reasons.first == .sharedEvents(["e1"]))
        guard case let .commonContact(contact, ties)? = reasons.dropFirst().first else {
            Issue.record("no common contact in \(reasons)")
            return
        }
        #expect(contact == "z")
        #expect(ties.map(\.from) == ["a", "b"] && ties.allSatisfy { $0.to == "z" && $0.kind == .partnersWith })
    }

    @Test("candidates leave out actors already tied or met, and rank by the measure", arguments: LinkMeasure.allCases)
    func candidates(measure: LinkMeasure) {
        let found = LinkPredictor(graph: Self.graph).candidates(for: "a", measure: measure)
        #expect(found.map(\.second) == ["w"])
    }

    @Test("withheld actors are not common neighbours")
    func audience() {
        var graph = Self.graph
        graph.upsert(Net.actor("z", sensitivity: .confidential))
        #expect(LinkPredictor(graph: graph, audience: .internal).score("a", "b").commonNeighbors.isEmpty)
    }
}
