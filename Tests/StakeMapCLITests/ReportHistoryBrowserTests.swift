import Foundation
import Testing

/// The report's "network over time" section opened in headless Chromium: one small multiple per
/// measure with a bar per period, and a table, holding exactly what `stats --over-time` prints
/// for the same network and audience (the same slices); laid out and labelled in both languages.
@Suite("report: network over time, in a browser", .serialized,
       .enabled(if: Chromium.path != nil, "chromium is not installed (apt-get install chromium); browser tests skipped"))
struct ReportHistoryBrowserTests {
    /// Reads the section as a person sees it and writes it as JSON into `<pre id="test-results">`.
    static let probe = """
    (function () {
      var results = {};
      try {
        var section = document.getElementById("over-time");
        results.heading = section.querySelector("h2").textContent;
        results.nav = Array.prototype.slice.call(document.querySelectorAll("nav a")).some(function (a) { return a.getAttribute("href") === "#over-time"; });
        results.figures = Array.prototype.slice.call(section.querySelectorAll("figure.multiple")).map(function (figure) {
          var box = figure.getBoundingClientRect();
          var bars = Array.prototype.slice.call(figure.querySelectorAll("rect"));
          return { measure: figure.getAttribute("data-measure"), caption: figure.querySelector("figcaption").textContent,
                   width: Math.round(box.width), height: Math.round(box.height),
                   bars: bars.map(function (bar) { return bar.querySelector("title").textContent; }),
                   heights: bars.map(function (bar) { return bar.getBoundingClientRect().height; }) };
        });
        results.headers = Array.prototype.slice.call(section.querySelectorAll("thead th")).map(function (th) { return th.textContent; });
        results.rows = Array.prototype.slice.call(section.querySelectorAll("tbody tr")).map(function (tr) {
          return Array.prototype.slice.call(tr.cells).map(function (td) { return td.textContent; });
        });
        var link = section.querySelector("tbody [data-card]");
        results.linked = !!link;
        if (link) { link.click(); }
        results.cardShown = Array.prototype.slice.call(document.querySelectorAll("article.card")).some(function (c) { return !c.hidden; });
      } catch (error) { results.error = String(error && error.stack || error); }
      var pre = document.createElement("pre");
      pre.id = "test-results";
      pre.textContent = JSON.stringify(results);
      document.body.appendChild(pre);
    })();
    """

    /// Leaves only the section on the page, for its screenshot.
    static let onlySection = """
    (function () { Array.prototype.slice.call(document.querySelectorAll("main > section")).forEach(function (s) {
      if (s.id !== "over-time") { s.hidden = true; } }); })();
    """

    @Test("the charts and table hold stats --over-time's numbers, in English and Arabic", arguments: ["en", "ar"])
    func matchesStats(_ language: String) throws {
        let scratch = Scratch()
        let page = scratch.path("report.html")
        let result = try StakeMapBinary.run(["report", "graphs/libya-wps.yaml", "-o", page, "--lang", language, "--no-map"])
        #expect(result.status == 0, "\(result.stderr)")
        let stats = try StakeMapBinary.run(["stats", "graphs/libya-wps.yaml", "--over-time", "year", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        let periods = try #require(object["periods"] as? [[String: Any]])
        #expect(periods.count >= 3)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let probe = scratch.write("probe.html", Chromium.instrumented(html, script: Self.probe))
        let dom = try Chromium.run(["--dump-dom", "--window-size=1400,1000"], page: URL(fileURLWithPath: probe),
                                   profile: scratch.directory.appendingPathComponent("profile"))
        let json = try #require(ReportBrowserTests.results(in: dom), "no test results in the DOM")
        #expect(json["error"] == nil, "\(json["error"] ?? "")")
        #expect(json["heading"] as? String == (language == "ar" ? "الشبكة عبر الزمن" : "Network over time"))
        #expect(json["nav"] as? Bool == true)
        let figures = try #require(json["figures"] as? [[String: Any]])
        let keys = ["actorsActive": "actors_active", "ties": "ties", "meetings": "meetings", "density": "density", "components": "components"]
        #expect(figures.map { $0["measure"] as? String ?? "" } == ["actorsActive", "ties", "meetings", "density", "components"])
        for figure in figures {
            let measure = figure["measure"] as? String ?? ""
            let key = try #require(keys[measure])
            #expect((figure["width"] as? Int ?? 0) > 150 && (figure["height"] as? Int ?? 0) > 80, "\(measure) is not laid out")
            #expect(!(figure["caption"] as? String ?? "").isEmpty)
            let bars = figure["bars"] as? [String] ?? []
            let heights = (figure["heights"] as? [NSNumber] ?? []).map(\.doubleValue)
            #expect(bars.count == periods.count, "\(measure): \(bars.count) bars for \(periods.count) periods")
            let values = periods.map { ($0[key] as? NSNumber)?.doubleValue ?? .nan }
            for (bar, (period, value)) in zip(bars, zip(periods, values)) {
                let shown = key == "density" ? String(format: "%.3f", value) : String(Int(value))
                #expect(bar == "\(period["period"] as? String ?? ""): \(shown)", "\(measure)")
            }
            // Bars are drawn to scale: the highest value has the tallest bar, an empty period none.
            if let high = values.max(), high > 0, let tallest = heights.max() {
                for (height, value) in zip(heights, values) { #expect(abs(height / tallest - value / high) < 0.02, "\(measure) \(value)") }
            }
        }
        let rows = try #require(json["rows"] as? [[String]])
        #expect(rows.count == periods.count)
        for (row, period) in zip(rows, periods) {
            #expect(row.first == period["period"] as? String)
            #expect(row.count == 7)
            #expect(row[1] == String(period["actors_active"] as? Int ?? -1) && row[2] == String(period["ties"] as? Int ?? -1))
            #expect(row[3] == String(period["meetings"] as? Int ?? -1) && row[5] == String(period["components"] as? Int ?? -1))
        }
        #expect((json["headers"] as? [String] ?? []).count == 7)
        #expect(json["linked"] as? Bool == true)
        #expect(json["cardShown"] as? Bool == true)
    }

    @Test("screenshot of the section", arguments: ["en", "ar"])
    func screenshot(_ language: String) throws {
        let scratch = Scratch()
        let page = scratch.path("report.html")
        #expect(try StakeMapBinary.run(["report", "graphs/libya-wps.yaml", "-o", page, "--lang", language, "--no-map"]).status == 0)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let shown = scratch.write("shown.html", Chromium.instrumented(html, script: Self.onlySection))
        let png = Chromium.screenshotFolder.appendingPathComponent("report-over-time-\(language).png")
        try? FileManager.default.removeItem(at: png)
        _ = try Chromium.run(["--screenshot=\(png.path)", "--window-size=1280,1100"], page: URL(fileURLWithPath: shown),
                             profile: scratch.directory.appendingPathComponent("profile"))
        let data = try Data(contentsOf: png)
        #expect(data.count > 20_000, "the screenshot is nearly empty")
        print("screenshot: \(png.path)")
    }
}
