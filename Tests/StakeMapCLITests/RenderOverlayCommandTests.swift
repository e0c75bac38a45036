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
