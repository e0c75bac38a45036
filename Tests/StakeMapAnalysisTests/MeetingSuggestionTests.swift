import Foundation
import Testing
import StakeMapAnalysis

/// `suggest`'s library side: only actors one can meet, and every claim true by the brute-force
/// reference that checks the gap and plan claims.
@Suite("Meeting suggestions")
struct MeetingSuggestionTests {
    /// `home` shares contacts with a post, a state, a person and an organisation it has not met;
    /// it has a `related` tie (not counted with `--kinds met`) with `known`.
    static let graph = Net.graph(
        [Net.actor("home"), Net.actor("hub"), Net.actor("office", .post), Net.actor("libya", .state),
         Net.actor("envoy", .person), Net.actor("ngo"), Net.actor("known", .person)],
        [Net.tie("home", "hub", .met), Net.tie("hub", "office", .met), Net.tie("hub", "libya", .met),
         Net.tie("hub", "envoy", .met), Net.tie("hub", "ngo", .met), Net.tie("hub", "known", .met),
         Net.tie("home", "known", .related)])

    @Test("a post or a state is never suggested; a person and an organisation are")
    func meetableOnly() {
        let suggested = LinkPredictor(graph: Self.graph).suggestions(for: "home").map(\.actor)
        #expect(Set(suggested) == ["envoy", "ngo"])
    }

    @Test("an actor with an uncounted tie is not suggested (its not-met would be false)")
    func uncountedTie() {
        let suggested = LinkPredictor(graph: Self.graph, tieKinds: [.met]).suggestions(for: "home").map(\.actor)
        #expect(!suggested.contains("known"))
        #expect(Set(suggested) == ["envoy", "ngo"])
    }

    @Test("the limit counts meetable suggestions only")
    func limit() {
        #expect(LinkPredictor(graph: Self.graph).suggestions(for: "home", limit: 1).map(\.actor) == ["envoy"])
    }

    @Test("every claim holds by the reference, each ends with not-met and no-link",
          arguments: ["libya-wps.yaml", "yemen-marib.yaml", "wps-all.yaml"])
    func claimsHold(name: String) throws {
        let graph = try ClaimCheckerTests.load(name)
        let visible = graph.visible(to: .internal)
        let reference = ClaimReference(visible)
        let predictor = LinkPredictor(graph: graph)
        var checked = 0
        for home in visible.actors.map(\.id) {
            for suggestion in predictor.suggestions(for: home, limit: 5) {
                let kind = try #require(visible.actor(withID: suggestion.actor)?.kind)
                #expect(!LinkPredictor.unmeetableKinds.contains(kind), "\(home) → \(suggestion.actor) is a \(kind)")
                #expect(suggestion.claims.suffix(2) == [.notMet(a: home, b: suggestion.actor), .noLink(a: [home], b: [suggestion.actor])])
                for claim in suggestion.claims {
                    #expect(reference.failure(claim) == nil, "\(home) → \(suggestion.actor): \(claim)")
                    checked += 1
                }
            }
        }
        #expect(checked > 0)
    }

    @Test("claims encode in the shared vocabulary")
    func encoding() throws {
        let suggestion = try #require(LinkPredictor(graph: Self.graph).suggestions(for: "home").first)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(suggestion.claims), as: UTF8.self)
        #expect(text == #"[{"claim":"tie","from":"home","kind":"met","to":"hub"},{"claim":"tie","from":"hub","kind":"met","to":"envoy"},"#
                + #"{"a":"home","b":"envoy","claim":"not-met"},{"a":["home"],"b":["envoy"],"claim":"no-link"}]"#)
    }
}
