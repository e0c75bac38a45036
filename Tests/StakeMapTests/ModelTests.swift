import Testing
@testable import StakeMap

/// Partial dates, ranges, localized text and the network view.
@Suite("Model")
struct ModelTests {
    @Test("partial dates parse and reject impossible days", arguments: [
        ("2018", true), ("2018-09", true), ("2018-09-15", true), ("2024-02-29", true),
        ("2023-02-29", false), ("2018-13", false), ("2018-9", false), ("18", false), ("2018-09-31", false), ("", false),
    ])
    func partialDates(_ text: String, _ valid: Bool) {
        #expect((PartialDate(parsing: text) != nil) == valid)
        if valid { #expect(PartialDate(parsing: text)?.description == text) }
    }

    @Test("ranges and overlap")
    func ranges() throws {
        let palermo = try #require(DateSpan(parsing: "2018-11-12..2018-11-13"))
        #expect(palermo.overlaps(try #require(DateSpan(parsing: "2018"))))
        #expect(!palermo.overlaps(try #require(DateSpan(parsing: "2018-10"))))
        #expect(DateSpan(parsing: "2019..2018") == nil)
    }

    @Test("names fall back to English, then any language")
    func names() {
        let name = LocalizedText(["ar": "معا نبنيها", "en": "Together We Build It"])
        #expect(name.text(in: "ar") == "معا نبنيها")
        #expect(name.text(in: "fr") == "Together We Build It")
        #expect(LocalizedText(["ar": "وصل"]).text(in: "en") == "وصل")
        #expect(name.languages == ["en", "ar"])
    }

    @Test("the network view: ties plus event co-participation, parallel edges merged, audience applied")
    func network() throws {
        let graph = Graph(
            actors: [Actor(id: "a", kind: .person), Actor(id: "b", kind: .person), Actor(id: "c", kind: .person),
                     Actor(id: "secret", kind: .person, sensitivity: .confidential)],
            ties: [Tie(from: "a", to: "b", kind: .met, strength: 3), Tie(from: "b", to: "a", kind: .memberOf, strength: 2),
                   Tie(from: "a", to: "secret", kind: .met)],
            events: [Event(id: "e", kind: .workshop, participants: [.init(id: "b"), .init(id: "c"), .init(id: "secret")])])
        let network = Network(graph)
        #expect(network.ids == ["a", "b", "c"])
        #expect(network.edgeCount == 2)
        let a = try #require(network.index(of: "a")), b = try #require(network.index(of: "b"))
        #expect(Array(network.neighbors(of: a)) == [b])
        #expect(network.weights[network.offsets[Int(a)]] == 3)
        let metOnly = Network(graph, options: NetworkOptions(tieKinds: [.memberOf], includeEvents: false))
        #expect(metOnly.edgeCount == 1)
        #expect(Network(graph, options: NetworkOptions(audience: .confidential)).nodeCount == 4)
        let directed = Network(graph, options: NetworkOptions(tieKinds: [.memberOf], includeEvents: false, directed: true))
        #expect(Array(directed.neighbors(of: b)) == [a])
        #expect(directed.neighbors(of: a).isEmpty)
        #expect(Array(directed.predecessors(of: a)) == [b])
    }

    @Test("the audience filter removes withheld actors, their ties, participations and sources")
    func audience() {
        let graph = Graph(
            sources: [Source(id: "open"), Source(id: "hidden", title: LocalizedText("Secret report"))],
            actors: [Actor(id: "a", kind: .person, sources: [Citation(sourceID: "open")]),
                     Actor(id: "s", kind: .person, sensitivity: .restricted, sources: [Citation(sourceID: "hidden")])],
            ties: [Tie(from: "a", to: "s", kind: .met)],
            events: [Event(id: "e", kind: .meeting, participants: [.init(id: "a"), .init(id: "s", onBehalfOf: "a")])])
        let visible = graph.visible(to: .public)
        #expect(visible.actors.map(\.id) == ["a"])
        #expect(visible.ties.isEmpty)
        #expect(visible.events.first?.participants.map(\.id) == ["a"])
        #expect(visible.sources.map(\.id) == ["open"])
        #expect(graph.visible(to: .internal).actors.count == 2)
    }

    @Test("a source cited by nothing is kept only for the audience that sees everything")
    func uncitedSource() {
        let graph = Graph(sources: [Source(id: "cited"), Source(id: "loose", title: LocalizedText("Notes"))],
                          actors: [Actor(id: "a", kind: .person, sources: [Citation(sourceID: "cited")])])
        #expect(graph.visible(to: .confidential).sources.map(\.id) == ["cited", "loose"])
        #expect(graph.visible(to: .internal).sources.map(\.id) == ["cited"])
    }

    @Test("a view that withholds nothing is the graph itself; a dangling reference is still dropped")
    func wholeView() {
        let whole = Graph(sources: [Source(id: "cited")],
                          actors: [Actor(id: "a", kind: .person, sources: [Citation(sourceID: "cited")]),
                                   Actor(id: "b", kind: .organization)],
                          ties: [Tie(from: "a", to: "b", kind: .memberOf)],
                          events: [Event(id: "e", kind: .meeting, participants: [.init(id: "a"), .init(id: "b", onBehalfOf: "a")])])
        #expect(whole.visible(to: .public) == whole)
        // The same graph with a tie, a participant and an "on behalf of" naming no actor.
        let dangling = Graph(actors: whole.actors,
                             ties: whole.ties + [Tie(from: "a", to: "ghost", kind: .met)],
                             events: [Event(id: "e", kind: .meeting, participants: [.init(id: "a", onBehalfOf: "ghost"), .init(id: "ghost")])])
        let view = dangling.visible(to: .public)
        #expect(view.ties == whole.ties)
        #expect(view.events.first?.participants == [.init(id: "a")])
    }

    @Test("two ties have the same identity key exactly when they have the same identity")
    func tieIdentityKey() {
        let dates: [DateSpan?] = [nil, "2018", "2018-11", "2018-11-12", "2018-11-12..2018-11-13", "2018..2019", "-44-03-15", "2019"]
            .map { $0.flatMap(DateSpan.init(parsing:)) }
        var ties: [Tie] = []
        for (from, to) in [("a", "b"), ("b", "a"), ("a", "c")] {
            for kind in [TieKind.met, .memberOf] {
                for date in dates {
                    var tie = Tie(from: from, to: to, kind: kind)
                    tie.date = date
                    ties.append(tie)
                }
            }
        }
        for first in ties {
            for second in ties {
                #expect((first.identityKey == second.identityKey) == (first.identity == second.identity), "\(first.identity) / \(second.identity)")
            }
        }
    }
}
