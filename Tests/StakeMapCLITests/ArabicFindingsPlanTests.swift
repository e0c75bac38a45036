import Foundation
import Testing

/// `gaps`, `plan` and `report` in Arabic through the real binary on the Libya network: golden
/// files in Tests/Golden/arabic, and no English word outside names, ids, citations and the data's
/// own text (notes, places, region values).
@Suite("Arabic findings and plans", .serialized)
struct ArabicFindingsPlanTests {
    static let targets = "stephanie-williams,beatrice-le-fraper,hilary-childs,lars-tummers,hnec,kind:post"
    static let plan = ["plan", "graphs/libya-wps.yaml", "--home", "lwa", "--targets", targets, "--lang", "ar"]

    static let runs: [(name: String, arguments: [String])] = [
        ("gaps.txt", ["gaps", "graphs/libya-wps.yaml", "--lang", "ar"]),
        ("gaps-lwa.txt", ["gaps", "graphs/libya-wps.yaml", "--home", "lwa", "--targets", targets, "--lang", "ar"]),
        ("gaps-lwa-md.md", ["gaps", "graphs/libya-wps.yaml", "--home", "lwa", "--targets", targets, "--lang", "ar", "--format", "md"]),
        ("gaps-kind.txt", ["gaps", "graphs/wps-all.yaml", "--group-by", "kind", "--lang", "ar"]),
        ("plan-md.md", plan + ["--format", "md"]),
        ("plan.html", plan + ["--format", "html"]),
        ("plan.ics", plan + ["--format", "ics", "--start", "2025-11-03"]),
        ("plan.json", plan + ["--format", "json"]),
    ]

    /// The detectors' ids, the regions and the kinds as written in the data: ids, not English.
    static let codes = ["target-reach", "broker-dependency", "stale-contact", "post-turnover", "isolated-member", "group-divide",
                        "unreciprocated-advocacy", "gender-lens", "weak-evidence", "data-gap", "east", "west", "south", "north"]

    @Test("Arabic gaps and plans match their golden files and have no English word", arguments: runs.map(\.name))
    func golden(_ name: String) throws {
        let arguments = try #require(Self.runs.first { $0.name == name }?.arguments)
        let result = try StakeMapBinary.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let check = try ArabicTextCheck(graph: arguments[1], extra: Self.codes)
        let words = check.englishWords(in: ArabicProse.prose(of: result.stdout, name: name))
        #expect(words.isEmpty, "\(name): \(words)")
        let expected = Golden.expected(name, actual: result.stdout)
        #expect(expected == result.stdout, "\(name) differs from Tests/Golden/arabic/\(name); STAKEMAP_RECORD_GOLDEN=1 re-records it")
    }

    @Test("report --lang ar: the findings and plan sections read in Arabic (golden text)")
    func report() throws {
        let result = try StakeMapBinary.run(["report", "graphs/libya-wps.yaml", "-o", "-", "--no-map", "--lang", "ar",
                                             "--home", "lwa", "--targets", Self.targets])
        #expect(result.status == 0, "\(result.stderr)")
        let text = ["gaps", "plan"].map { ArabicProse.section($0, of: result.stdout) }.joined(separator: "\n\n")
        #expect(text.contains("الخطوة التالية") && text.contains("برنامج الزيارة"), "\(text.prefix(300))")
        let check = try ArabicTextCheck(graph: "graphs/libya-wps.yaml", extra: Self.codes)
        #expect(check.englishWords(in: text).isEmpty, "\(check.englishWords(in: text))")
        #expect(Golden.expected("report-sections.txt", actual: text) == text, "report-sections.txt differs; STAKEMAP_RECORD_GOLDEN=1 re-records it")
    }

    @Test("report --lang both: each finding and meeting in English with the Arabic under it")
    func reportBoth() throws {
        let result = try StakeMapBinary.run(["report", "graphs/libya-wps.yaml", "-o", "-", "--no-map", "--lang", "both",
                                             "--home", "lwa", "--targets", Self.targets])
        #expect(result.status == 0, "\(result.stderr)")
        let gaps = ArabicProse.section("gaps", of: result.stdout), plan = ArabicProse.section("plan", of: result.stdout)
        #expect(gaps.contains("Ask Together We Build It to bring") && gaps.contains("اطلبوا من العضو معا نبنيها أن يصطحب"))
        #expect(plan.contains("Request an introductory") || plan.contains("Meet ") && plan.contains("لقاء مع"))
    }

    @Test("--digits arabicIndic writes counts and dates in Arabic-Indic digits, ids and citations as they are")
    func arabicIndicDigits() throws {
        let result = try StakeMapBinary.run(["gaps", "graphs/libya-wps.yaml", "--lang", "ar", "--digits", "arabicIndic"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("٦ سنوات و٩ أشهر"), "\(result.stdout.prefix(400))")
        #expect(result.stdout.contains("seed-000#p6") && !result.stdout.contains("seed-٠٠٠"))
    }

    @Test("English is unchanged by --lang en")
    func english() throws {
        let plain = try StakeMapBinary.run(["gaps", "graphs/libya-wps.yaml"])
        let english = try StakeMapBinary.run(["gaps", "graphs/libya-wps.yaml", "--lang", "en"])
        #expect(plain.stdout == english.stdout && plain.stdout.contains("Next:"))
    }
}

/// The prose of an output, without what is markup or machine syntax.
enum ArabicProse {
    /// The text of an output a reader reads: HTML without its head, style and tags; a calendar's
    /// SUMMARY and DESCRIPTION values; JSON's worded values; other text as it is.
    static func prose(of output: String, name: String) -> String {
        if name.hasSuffix(".html") { return html(output) }
        if name.hasSuffix(".ics") {
            let unfolded = output.replacingOccurrences(of: "\r\n ", with: "")
            return unfolded.components(separatedBy: "\r\n").filter { $0.hasPrefix("SUMMARY") || $0.hasPrefix("DESCRIPTION") || $0.hasPrefix("X-WR-CALNAME") }
                .compactMap { $0.split(separator: ":", maxSplits: 1).last.map(String.init) }
                .joined(separator: "\n").replacingOccurrences(of: "\\n", with: "\n")
        }
        if name.hasSuffix(".json"), let data = output.data(using: .utf8), let object = try? JSONSerialization.jsonObject(with: data) {
            return worded(object).joined(separator: "\n")
        }
        return output
    }

    /// The strings under the keys that hold words (message, suggestion, text, note, reason, steps).
    static func worded(_ value: Any, key: String = "") -> [String] {
        if let object = value as? [String: Any] { return object.flatMap { worded($0.value, key: $0.key) } }
        if let array = value as? [Any] { return array.flatMap { worded($0, key: key) } }
        guard let text = value as? String else { return [] }
        return ["message", "suggestion", "text", "note", "reason", "steps"].contains(key) ? [text] : []
    }

    /// The page's text without head, style, script and tags, entities decoded.
    static func html(_ page: String) -> String {
        var text = page
        for pattern in [#"(?s)<head>.*?</head>"#, #"(?s)<script.*?</script>"#, #"(?s)<style.*?</style>"#, #"<[^>]+>"#] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The text of the report's `<section id="…">`, one line per block.
    static func section(_ id: String, of page: String) -> String {
        guard let start = page.range(of: "<section id=\"\(id)\""), let end = page.range(of: "</section>", range: start.upperBound..<page.endIndex) else {
            return ""
        }
        let markup = String(page[start.lowerBound..<end.upperBound])
            .replacingOccurrences(of: #"</(li|div|h2|h3|h4|p|tr|summary|ol|ul)>"#, with: "\n", options: .regularExpression)
        return html(markup)
    }
}
