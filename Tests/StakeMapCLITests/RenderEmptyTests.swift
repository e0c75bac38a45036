import Foundation
import Testing

/// Issue 11 item 11: a network with nothing visible renders as an empty map with a note.
@Suite("Render of nothing")
struct RenderEmptyTests {
    static let networks = [
        "stakemap: 1\n",
        "stakemap: 1\nactors:\n  - {id: hidden, kind: person, name: Hidden, sensitivity: confidential}\n",
    ]

    @Test("an empty or fully withheld network draws an empty map that says so", arguments: 0..<2, ["svg", "dot"])
    func empty(index: Int, format: String) throws {
        let scratch = Scratch()
        let input = scratch.write("g.yaml", Self.networks[index])
        let output = scratch.path("map." + format)
        let result = try StakeMapBinary.run(["render", input, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("Nothing to draw"))
        #expect(!text.contains("Hidden"))
    }
}
