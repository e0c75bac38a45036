import Foundation
import Testing

/// The report opened in a real browser (headless Chromium): the map is drawn, the table
/// searches and sorts, a click on the map opens a card; screenshots in English and Arabic.
@Suite("report in a browser", .serialized, .enabled(if: Chromium.path != nil, "chromium is not installed (apt-get install chromium); browser tests skipped"))
struct ReportBrowserTests {
    static let mission = ["--home", "lwa", "--targets", "stephanie-williams,beatrice-le-fraper,hilary-childs,lars-tummers"]

    @Test("map, table search and sort, card and sections work", arguments: ["en", "ar", "both"])
    func interactive(_ language: String) throws {
        let scratch = Scratch()
        let page = scratch.path("report.html")
        let result = try StakeMapBinary.run(["report", "graphs/libya-wps.yaml", "-o", page, "--lang", language] + Self.mission)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let probe = scratch.write("probe.html", Chromium.instrumented(html, script: ReportProbe.script))
        let dom = try Chromium.run(["--dump-dom", "--window-size=1400,1000"], page: URL(fileURLWithPath: probe),
                                   profile: scratch.directory.appendingPathComponent("profile"))
        let json = try #require(Self.results(in: dom), "no test results in the DOM")
        #expect(json["error"] == nil, "\(json["error"] ?? "")")
        #expect((json["mapNodes"] as? Int ?? 0) > 20)
        #expect((json["mapWidth"] as? Int ?? 0) > 300 && (json["mapHeight"] as? Int ?? 0) > 300)
        let rows = json["rows"] as? Int ?? 0
        #expect(rows > 20)
        let williams = json["searchWilliams"] as? [String] ?? []
        #expect(!williams.isEmpty && williams.allSatisfy { $0.lowercased().contains("williams") || $0.contains("ويليامز") })
        #expect(json["searchArabic"] as? Int == 1)
        #expect((json["searchAlias"] as? Int ?? 0) >= 1)
        #expect(json["searchNothing"] as? Int == 0)
        #expect((json["shownText"] as? String)?.hasPrefix("0 / \(rows)") == true)
        #expect(json["searchCleared"] as? Int == rows)
        #expect(json["sortedDescending"] as? Bool == true)
        #expect(json["sortedAscending"] as? Bool == true)
        #expect(json["ariaSort"] as? String == "ascending")
        #expect(json["cardsShown"] as? Int == 1)
        #expect(!((json["cardTitle"] as? String) ?? "").isEmpty)
        #expect(json["zoomChanged"] as? Bool == true)
        #expect((json["gapFindings"] as? Int ?? 0) > 0)
        #expect(json["planTargets"] as? Int == 4)
        #expect((json["timelineEntries"] as? Int ?? 0) > 5)
        #expect(json["dir"] as? String == (language == "ar" ? "rtl" : "ltr"))
    }

    @Test("screenshots in English, Arabic and both", arguments: ["en", "ar", "both"])
    func screenshot(_ language: String) throws {
        let scratch = Scratch()
        let page = scratch.path("report.html")
        let result = try StakeMapBinary.run(["report", "graphs/libya-wps.yaml", "-o", page, "--lang", language] + Self.mission)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let shown = scratch.write("shown.html", Chromium.instrumented(html, script: ReportProbe.showCard))
        let png = Chromium.screenshotFolder.appendingPathComponent("report-\(language).png")
        try? FileManager.default.removeItem(at: png)
        _ = try Chromium.run(["--screenshot=\(png.path)", "--window-size=1440,3400"], page: URL(fileURLWithPath: shown),
                             profile: scratch.directory.appendingPathComponent("profile"))
        let data = try Data(contentsOf: png)
        #expect(data.count > 50_000, "the screenshot is nearly empty")
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        print("screenshot: \(png.path)")
    }

    /// The JSON the probe wrote into the dumped DOM.
    static func results(in dom: String) -> [String: Any]? {
        guard let start = dom.range(of: "<pre id=\"test-results\">"),
              let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else { return nil }
        let text = String(dom[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        return try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    }
}
