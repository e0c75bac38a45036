import Foundation
import Testing

/// `plan` through the real binary: the Libya briefing, JSON shape, HTML escaping, RFC 5545, audience.
@Suite("plan", .serialized)
struct PlanCommandTests {
    static let libya = ["plan", "graphs/libya-wps.yaml", "--home", "lwa", "--targets", "tag:ambassador,stephanie-williams"]

    @Test("the Libya briefing: statuses, the intermediary, Tunis, cited evidence")
    func libyaMarkdown() throws {
        let result = try StakeMapBinary.run(Self.libya)
        #expect(result.status == 0, "\(result.stderr)")
        for text in ["## At a glance", "### Stephanie Williams — met", "### Lars Tümmers — reachable through intermediaries",
                     "**Together We Build It** opens Hilary Childs, Lars Tümmers", "### Tunis", "seed-000#p6", "## Gaps that matter"] {
            #expect(result.stdout.contains(text), "\(text)")
        }
    }

    @Test("JSON: home, targets with status, path and last_met, itinerary")
    func libyaJSON() throws {
        let result = try StakeMapBinary.run(Self.libya + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["home"] as? String == "lwa")
        let targets = try #require(object["targets"] as? [[String: Any]])
        #expect(targets.count == 7)
        let status = Dictionary(uniqueKeysWithValues: targets.map { ($0["id"] as? String ?? "", $0["status"] as? String ?? "") })
        #expect(status["stephanie-williams"] == "met" && status["lars-tummers"] == "reachable")
        let lars = try #require(targets.first { $0["id"] as? String == "lars-tummers" })
        #expect(lars["path"] as? [String] == ["lwa", "twbi", "lars-tummers"])
        #expect(lars["last_met"] as? String == "2018")
        #expect((object["itinerary"] as? [[String: Any]])?.first?["place"] as? String == "Tunis")
    }

    @Test("HTML: every string escaped, a self-contained page")
    func html() throws {
        let scratch = Scratch()
        let input = scratch.write("hostile.yaml", WithheldNetwork.yaml)
        let output = scratch.path("plan.html")
        let result = try StakeMapBinary.run(["plan", input, "--home", "home", "--targets", "other", "--format", "html", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOfFile: output, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.contains("<script>") && !page.contains("<b>"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("Home &lt;b&gt;&amp;amp; &quot;Co&quot;"))
        #expect(!page.contains("src=") && !page.contains("href="))
    }

    @Test("ICS: draft VEVENTs, CRLF lines of at most 75 octets, TEXT escaped")
    func ics() throws {
        let scratch = Scratch()
        let input = scratch.write("hostile.yaml", WithheldNetwork.yaml)
        let result = try StakeMapBinary.run(["plan", input, "--home", "home", "--targets", "other", "--format", "ics", "--start", "2025-11-03"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") })
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.components(separatedBy: "BEGIN:VEVENT").count - 1 == unfolded.components(separatedBy: "STATUS:TENTATIVE").count - 1)
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20251103"))
        #expect(unfolded.contains("Member\\, Inc\\; <script>"))
        let libya = try StakeMapBinary.run(Self.libya + ["--format", "ics"])
        #expect(libya.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1 == 4)
        #expect(libya.stdout.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }

    @Test("nothing of a withheld actor appears in any plan output", arguments: ["md", "json", "html", "ics"])
    func withheld(format: String) throws {
        let scratch = Scratch()
        let input = scratch.write("withheld.yaml", WithheldNetwork.yaml)
        for audience in ["public", "internal"] {
            let result = try StakeMapBinary.run(["plan", input, "--home", "home", "--targets", "target,other",
                                                 "--format", format, "--audience", audience])
            #expect(result.status == 0, "\(result.stderr)")
            for leak in WithheldNetwork.leaks { #expect(!result.stdout.contains(leak), "\(audience) \(format) \(leak)") }
            #expect(result.stdout.contains(["json": "unreachable", "ics": "BEGIN:VEVENT"][format] ?? "Target Person"))
        }
    }

    @Test("bad options exit 64", arguments: [["--max-meetings", "0"], ["--format", "pdf"], ["--places", ","], ["--start", "soon"]])
    func errors(arguments: [String]) throws {
        let result = try StakeMapBinary.run(Self.libya + arguments)
        #expect(result.status == 64, "\(result.stderr)")
    }
}
