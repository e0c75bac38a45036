import Foundation
import Testing

/// A report of a large network opened in headless Chromium: it loads, the table searches, the
/// map zooms and pans and opens a card; the times (from `scripts/report_probe.js`) are printed.
/// 1,000 actors by default (the debug binary takes about 50 s to write a 5,000-actor report);
/// `STAKEMAP_BROWSER_ACTORS=5000` for the figure in docs/PERFORMANCE.md (`scripts/bench` measures
/// it with the release binary).
@Suite("report of thousands in a browser", .serialized, .enabled(if: Chromium.path != nil, "chromium is not installed (apt-get install chromium); browser tests skipped"))
struct ReportScaleBrowserTests {
    static let actors = ProcessInfo.processInfo.environment["STAKEMAP_BROWSER_ACTORS"].flatMap(Int.init) ?? 1000

    @Test("a report of a thousand actors loads and stays usable")
    func thousands() throws {
        let scratch = Scratch()
        let network = scratch.path("network.yaml")
        let script = StakeMapBinary.repository.appendingPathComponent("scripts/make_network.py").path
        guard let made = HostileLabelFixture.tool(["python3", script, "mixed", "\(Self.actors)", network]), made.status == 0 else {
            print("skipped: python3 is not installed")
            return
        }
        let page = scratch.path("report.html")
        let started = Date()
        let result = try StakeMapBinary.run(["report", network, "-o", page])
        let written = Date().timeIntervalSince(started)
        #expect(result.status == 0, "\(result.stderr)")
        let probe = try String(contentsOf: StakeMapBinary.repository.appendingPathComponent("scripts/report_probe.js"), encoding: .utf8)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let instrumented = scratch.write("probe.html", Chromium.instrumented(html, script: probe))
        let dom = try Chromium.run(["--dump-dom", "--window-size=1400,1000"], page: URL(fileURLWithPath: instrumented),
                                   profile: scratch.directory.appendingPathComponent("profile"))
        let json = try #require(ReportBrowserTests.results(in: dom), "no test results in the DOM")
        #expect(json["error"] == nil, "\(json["error"] ?? "")")
        #expect(json["rows"] as? Int == Self.actors, "every row comes as the table is scrolled")
        #expect(json["rowShapes"] as? Int == 1, "rows built from the page's data are shaped as the rows written in it")
        #expect(json["found"] as? Int == 1)
        #expect(json["mapNodes"] as? Int == Self.actors)
        #expect(json["zoomChanged"] as? Bool == true)
        #expect(json["cardsShown"] as? Int == 1)
        // Generous bounds: the machine is shared; the figures themselves are printed below.
        let milliseconds = ["loadedMs", "rowsMs", "searchMs", "sortMs", "zoomMs", "wheelMs", "panMs", "cardMs"].map { ($0, json[$0] as? Int ?? -1) }
        #expect(milliseconds.allSatisfy { $0.1 >= 0 })
        #expect((json["searchMs"] as? Int ?? .max) < 5_000)
        #expect((json["cardMs"] as? Int ?? .max) < 5_000)
        print("report of \(Self.actors) actors: written in \(String(format: "%.1f", written)) s (debug build); in Chromium: "
              + milliseconds.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
    }
}
