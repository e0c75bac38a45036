import Foundation
import StakeMap
import StakeMapFormats
import Testing

/// Issue 11: `GraphExporter.nativeTies` reconciles a tie stated twice to its strongest
/// statement (what the analysis of the parallel ties uses), and its warning says what differs.
@Suite("Restated ties in a native file")
struct RestatedTieExportTests {
    static func graph(_ ties: [Tie]) -> Graph {
        Graph(actors: [Actor(id: "a", kind: .person), Actor(id: "b", kind: .person)], ties: ties)
    }

    @Test("the strongest statement's strength, weight and fields are kept, whichever comes first")
    func strongestWins() throws {
        let weak = Tie(from: "a", to: "b", kind: .met, strength: 2, note: "weak", fields: ["length": .number(0.5)])
        let strong = Tie(from: "b", to: "a", kind: .met, strength: 5, note: "strong", fields: ["length": .number(0.2), "extra": .text("x")])
        let (native, warning) = GraphExporter.nativeTies(of: Self.graph([weak, strong]))
        #expect(native.ties.map(\.strength) == [5, 5])
        #expect(native.ties.map(\.note) == ["strong", "strong"])
        #expect(native.ties[0].fields["length"] == .number(0.2))
        let text = try #require(warning?.description)
        #expect(text.contains("a→b strength 2 (kept strength 5)"), "\(text)")
        #expect(text.contains("a→b note weak (kept strong)"), "\(text)")
        #expect(text.contains("except with --length strength"), "\(text)")
        // The native file reads back as one tie with the strongest values.
        let yaml = try NativeWriter().write(native)
        let read = try NativeReader().read(text: yaml, name: "out.yaml").graph
        #expect(read.ties.count == 1)
        #expect(read.ties.first?.strength == 5)
    }

    @Test("a weight beats a strength by what the analysis takes: weight ?? strength")
    func weightAndStrength() throws {
        let strengthOnly = Tie(from: "a", to: "b", kind: .met, strength: 5)
        let weighted = Tie(from: "a", to: "b", kind: .met, strength: 1, weight: 0.5)
        let (native, _) = GraphExporter.nativeTies(of: Self.graph([weighted, strengthOnly]))
        #expect(native.ties.allSatisfy { $0.strength == 5 && $0.weight == nil })
        #expect(native.ties.allSatisfy { $0.analysisWeight == 5 })
    }

    @Test("two sensitivities: said, and the stricter one stays (protection is never lowered)")
    func sensitivities() throws {
        let open = Tie(from: "a", to: "b", kind: .met, sensitivity: .public)
        let closed = Tie(from: "a", to: "b", kind: .met, sensitivity: .confidential)
        let (native, warning) = GraphExporter.nativeTies(of: Self.graph([open, closed]))
        let text = try #require(warning?.description)
        #expect(text.contains("take the stricter one"), "\(text)")
        let read = try NativeReader().read(text: try NativeWriter().write(native), name: "out.yaml").graph
        #expect(read.ties.first?.sensitivity == .confidential)
    }

    @Test("equal statements and ties on other dates say nothing")
    func nothingToSay() {
        let first = Tie(from: "a", to: "b", kind: .met, date: DateSpan(PartialDate(year: 2024)!), strength: 2)
        let second = Tie(from: "a", to: "b", kind: .met, date: DateSpan(PartialDate(year: 2025)!), strength: 4)
        #expect(GraphExporter.nativeTies(of: Self.graph([first, second, first])).warning == nil)
    }
}
