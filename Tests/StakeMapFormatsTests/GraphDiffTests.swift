import Testing
import StakeMapFormats

/// `GraphDiff`: what changed between two versions, field by field.
@Suite("Graph diff")
struct GraphDiffTests {
    static let before = Graph(
        title: LocalizedText("v1"),
        actors: [Actor(id: "a", kind: .person, tags: ["x"]), Actor(id: "b", kind: .organization), Actor(id: "gone", kind: .person)],
        ties: [Tie(from: "a", to: "b", kind: .met, date: DateSpan(PartialDate(year: 2018)!)),
               Tie(from: "a", to: "b", kind: .memberOf, strength: 2),
               Tie(from: "gone", to: "b", kind: .worksFor)],
        events: [Event(id: "e1", kind: .meeting, participants: [Event.Participant(id: "a")])])

    static let after = Graph(
        title: LocalizedText("v2"),
        actors: [Actor(id: "a", kind: .person, tags: ["x", "y"], note: "new note"), Actor(id: "b", kind: .organization),
                 Actor(id: "new", kind: .coalition)],
        ties: [Tie(from: "b", to: "a", kind: .met, date: DateSpan(PartialDate(year: 2019)!)),
               Tie(from: "a", to: "b", kind: .memberOf, strength: 4, confidence: .reported),
               Tie(from: "new", to: "b", kind: .partnersWith)],
        events: [Event(id: "e1", kind: .workshop, participants: [Event.Participant(id: "a", role: "speaker"), Event.Participant(id: "b")]),
                 Event(id: "e2", kind: .meeting)])

    @Test("actors added, removed and changed field by field")
    func actors() {
        let diff = GraphDiff(old: Self.before, new: Self.after)
        #expect(diff.actors.added.map(\.id) == ["new"])
        #expect(diff.actors.removed.map(\.id) == ["gone"])
        #expect(diff.actors.changed == [GraphDiff.Change(item: "a", changes: [
            GraphDiff.FieldChange(field: "tags", old: "x", new: "x | y"),
            GraphDiff.FieldChange(field: "note", old: nil, new: "new note"),
        ])])
    }

    @Test("ties: matched by identity, a re-dated tie is changed, defaults shown as values")
    func ties() {
        let diff = GraphDiff(old: Self.before, new: Self.after)
        #expect(diff.ties.added.map(GraphDiff.describe) == ["new — b partners-with"])
        #expect(diff.ties.removed.map(GraphDiff.describe) == ["gone → b works-for"])
        #expect(diff.ties.changed.map(\.item) == ["a → b member-of", "b — a met 2019"])
        #expect(diff.ties.changed[0].changes == [GraphDiff.FieldChange(field: "strength", old: "2", new: "4"),
                                                 GraphDiff.FieldChange(field: "confidence", old: "confirmed", new: "reported")])
        #expect(diff.ties.changed[1].changes.map(\.field) == ["date"])
    }

    @Test("events and network fields")
    func events() {
        let diff = GraphDiff(old: Self.before, new: Self.after)
        #expect(diff.events.added.map(\.id) == ["e2"])
        #expect(diff.events.changed.first?.changes.map(\.field) == ["kind", "participants", "roles"])
        #expect(diff.network == [GraphDiff.FieldChange(field: "title", old: "v1", new: "v2")])
    }

    @Test("a network against itself, and against its GraphML round trip, has no changes", arguments: ["libya", "synthetic"])
    func identity(network: String) throws {
        let graph = try InteropNetworks.named(network)
        #expect(GraphDiff(old: graph, new: graph).isEmpty)
        let copy = try GraphLoader.load(path: InteropNetworks.write(graph, as: .graphml).path).graph
        #expect(GraphDiff(old: graph, new: copy).isEmpty)
    }
}
