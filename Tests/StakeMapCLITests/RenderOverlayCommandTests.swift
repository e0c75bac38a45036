import Foundation
import Testing

/// `render --overlay plan|gaps` highlights the plan or the findings on the real map.
@Suite("render overlays", .serialized)
struct RenderOverlayCommandTests {
    @Test("the plan overlay marks home, targets and the intermediary, and nothing withheld", arguments: ["plan", "gaps"])
    func overlay(_ kind: String) throws {
        let scratch = Scratch()
        let output = scratch.path("overlay.svg")
        let result = try StakeMapBinary.run(["render", "graphs/libya-wps.yaml", "-o", output, "--overlay", kind, "--home", "lwa",
                                             "--targets", "stephanie-williams,lars-tummers", "--audience", "public"])
        #expect(result.status == 0, "\(result.stderr)")
        // Graphviz writes '-' in ids as the character reference &#45;.
        let svg = try String(contentsOfFile: output, encoding: .utf8).replacingOccurrences(of: "&#45;", with: "-")
        for id in ["lwa", "stephanie-williams", "lars-tummers"] {
            #expect(svg.range(of: #"id="actor-\#(id)" class="[^"]*\bhighlighted\b"#, options: .regularExpression) != nil,
                    "\(id) is not highlighted")
        }
        #expect(!svg.contains("marib-women-activists") && !svg.contains("ly-women-prisoners"))
    }

    @Test("--overlay without --home and --targets is a usage error")
    func usage() throws {
        let result = try StakeMapBinary.run(["render", "graphs/libya-wps.yaml", "-o", "/tmp/never.svg", "--overlay", "plan"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--overlay needs --home and --targets"))
    }
}

/// The DOT text is stable and names are quoted as strings, never as HTML-like `<…>`.
@Suite("render to DOT")
struct RenderDOTCommandTests {
    @Test("the same network gives the same DOT bytes, with names quoted as strings")
    func deterministic() throws {
        let scratch = Scratch()
        var outputs = [Data]()
        for run in 0..<3 {
            let output = scratch.path("map\(run).dot")
            let result = try StakeMapBinary.run(["render", "graphs/libya-wps.yaml", "-o", output])
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: output)))
        }
        #expect(Set(outputs).count == 1)
        let text = String(decoding: outputs[0], as: UTF8.self)
        #expect(text.contains("\"hcs-women\""))
        #expect(!text.contains("<hcs-women>"))
    }
}
