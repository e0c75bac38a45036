import Foundation

/// Headless Chromium, for tests that open the report as a person would.
enum Chromium {
    /// The browser's path, or nil when none is installed (the browser tests then skip).
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Where screenshots go: `$STAKEMAP_SCREENSHOTS`, else a folder in the temporary directory.
    static var screenshotFolder: URL {
        let folder = ProcessInfo.processInfo.environment["STAKEMAP_SCREENSHOTS"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("stakemap-report-screenshots")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs the browser headless with `arguments` then the page's URL; returns standard output.
    static func run(_ arguments: [String], page: URL, profile: URL) throws -> String {
        guard let path else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
                             "--user-data-dir=\(profile.path)", "--virtual-time-budget=4000"] + arguments + [page.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// `html` with `script` added just before `</body>`, so it runs after the page's own script.
    static func instrumented(_ html: String, script: String) -> String {
        guard let end = html.range(of: "</body>", options: .backwards) else { return html }
        return html.replacingCharacters(in: end, with: "<script>\(script)</script></body>")
    }
}

/// The script the browser test adds to the page: it searches, sorts, clicks an actor on the
/// map, and writes what it saw as JSON into `<pre id="test-results">`.
enum ReportProbe {
    static let script = """
    (function () {
      var results = {};
      try {
        var svg = document.querySelector("#map-view svg");
        results.mapNodes = svg ? svg.querySelectorAll("g.node").length : 0;
        var box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
        results.mapWidth = Math.round(box.width); results.mapHeight = Math.round(box.height);
        var rows = Array.prototype.slice.call(document.querySelectorAll("#actor-table tbody tr"));
        results.rows = rows.length;
        var search = document.getElementById("search");
        function visible() { return Array.prototype.slice.call(document.querySelectorAll("#actor-table tbody tr")).filter(function (r) { return !r.hidden; }); }
        search.value = "williams"; search.dispatchEvent(new Event("input"));
        results.searchWilliams = visible().map(function (r) { return r.textContent; });
        search.value = "معا نبنيها"; search.dispatchEvent(new Event("input"));
        results.searchArabic = visible().length;
        search.value = "TWBI"; search.dispatchEvent(new Event("input"));
        results.searchAlias = visible().length;
        search.value = "zzzz-nothing"; search.dispatchEvent(new Event("input"));
        results.searchNothing = visible().length;
        results.shownText = document.getElementById("shown").textContent;
        search.value = ""; search.dispatchEvent(new Event("input"));
        results.searchCleared = visible().length;
        var header = document.querySelector("#actor-table th[data-col='3']");
        header.click();
        var values = visible().map(function (r) { return Number(r.cells[3].getAttribute("data-v")); });
        results.sortedDescending = values.every(function (v, i) { return i === 0 || values[i - 1] >= v; });
        header.click();
        values = visible().map(function (r) { return Number(r.cells[3].getAttribute("data-v")); });
        results.sortedAscending = values.every(function (v, i) { return i === 0 || values[i - 1] <= v; });
        results.ariaSort = header.getAttribute("aria-sort");
        var nameHeader = document.querySelector("#actor-table th[data-col='0']");
        nameHeader.click();
        results.firstByName = visible()[0].cells[0].textContent;
        var node = document.querySelector("#map-view g.node[id^='actor-']");
        results.clickedNode = node ? node.id : null;
        if (node) { node.dispatchEvent(new MouseEvent("click", { bubbles: true })); }
        var card = Array.prototype.slice.call(document.querySelectorAll("article.card")).filter(function (c) { return !c.hidden; });
        results.cardsShown = card.length;
        results.cardTitle = card.length ? card[0].querySelector("h3").textContent : null;
        results.cardHasTies = card.length ? card[0].textContent.length > 0 : false;
        function mapState() { return (svg.getAttribute("viewBox") || "") + "|" + (svg.style.transform || ""); }
        var before = mapState();
        document.querySelector("[data-zoom='in']").click();
        results.zoomChanged = mapState() !== before;
        document.querySelector("[data-zoom='fit']").click();
        results.gapFindings = document.querySelectorAll("#gaps ol.findings > li").length;
        results.planTargets = document.querySelectorAll("#plan table tbody tr").length;
        results.timelineEntries = document.querySelectorAll("#timeline ol.entries > li").length;
        results.dir = document.documentElement.getAttribute("dir");
        results.errors = window.__errors || [];
      } catch (error) { results.error = String(error && error.stack || error); }
      var pre = document.createElement("pre");
      pre.id = "test-results";
      pre.textContent = JSON.stringify(results);
      document.body.appendChild(pre);
    })();
    """

    /// Opens the card of the second actor of the table, for the screenshot.
    static let showCard = """
    (function () { var link = document.querySelector("#actor-table tbody tr:nth-child(2) [data-card]");
      if (link && window.stakemapReport) { window.stakemapReport.showCard(Number(link.getAttribute("data-card")), false); } })();
    """
}
