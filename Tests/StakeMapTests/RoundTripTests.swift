import Foundation
import Testing
@testable import StakeMap

/// read → write → read is the identity, and the writer's output is stable.
@Suite("Round trip")
struct RoundTripTests {
    static let graphs = ["graphs/libya-wps.yaml", "graphs/yemen-marib.yaml", "graphs/wps-all.yaml"]

    @Test("YAML round trip of the real networks is the identity", arguments: graphs)
    func yaml(_ relative: String) throws {
        let original = try NativeReader().read(path: repositoryRoot.appendingPathComponent(relative).path).graph
        let text = try NativeWriter().write(original)
        let files = TestFiles()
        let copy = try NativeReader().read(path: files.write("copy.yaml", text)).graph
        #expect(copy == original)
        #expect(try NativeWriter().write(copy) == text, "the writer is not stable")
    }

    @Test("JSON round trip of the real networks is the identity", arguments: graphs)
    func json(_ relative: String) throws {
        let original = try NativeReader().read(path: repositoryRoot.appendingPathComponent(relative).path).graph
        let files = TestFiles()
        let copy = try NativeReader().read(path: files.write("copy.json", NativeWriter().writeJSON(original))).graph
        #expect(copy == original)
        let parsed = try JSONSerialization.jsonObject(with: Data(NativeWriter().writeJSON(original).utf8))
        #expect(parsed is [String: Any])
    }

    @Test("awkward strings survive: quotes, markup, newlines, null-like words, Arabic")
    func awkwardStrings() throws {
        let notes = ["null", "~", "", "yes", "2018", "a: b", "- dash", "#hash", "\"quoted\" <b>&amp;</b>", "line\nbreak",
                     "  padded  ", "'single'", "معا نبنيها", "back\\slash", "*star", "&amp", "{brace}", "[bracket]", "%percent", "@at"]
        let actors = notes.enumerated().map { index, note in
            Actor(id: "a\(index)", kind: .person, name: LocalizedText(["en": note.isEmpty ? "x" : note, "ar": "اسم"]),
                  aliases: [note], tags: [note], note: note)
        }
        let original = Graph(title: LocalizedText("t: \"x\""), asOf: PartialDate(year: 2025, month: 10, day: 4),
                             actors: actors,
                             ties: [Tie(from: "a0", to: "a1", kind: .memberOf, date: DateSpan(start: PartialDate(year: 2016)!, end: PartialDate(year: 2019, month: 5)!),
                                        usesStartEnd: true, strength: 4, weight: 0.125, confidence: .reported, note: "null")])
        let files = TestFiles()
        let copy = try NativeReader().read(path: files.write("awkward.yaml", NativeWriter().write(original))).graph
        #expect(copy == original)
        let jsonCopy = try NativeReader().read(path: files.write("awkward.json", NativeWriter().writeJSON(original))).graph
        #expect(jsonCopy == original)
    }

    @Test("ties are written one per line, sections separated by a blank line")
    func diffFriendly() throws {
        let graph = Graph(actors: [Actor(id: "a", kind: .person), Actor(id: "b", kind: .person)],
                          ties: [Tie(from: "a", to: "b", kind: .met, date: DateSpan(PartialDate(year: 2018)!), strength: 3)])
        let text = try NativeWriter().write(graph)
        #expect(text.hasPrefix("stakemap: 1\n"))
        #expect(text.contains("\n\nties:\n- {from: a, to: b, kind: met, date: 2018, strength: 3}\n"))
    }
}
