import Foundation
import Testing
import StakeMap

/// `--lang ar` through the real binary on the Libya network: golden files, and no English word
/// apart from names, ids and citations.
@Suite("Arabic output", .serialized)
struct ArabicOutputTests {
    static let runs: [(name: String, arguments: [String])] = [
        ("met-lwa.txt", ["met", "graphs/libya-wps.yaml", "lwa", "--through-members", "--lang", "ar"]),
        ("met-pair.txt", ["met", "graphs/libya-wps.yaml", "twbi", "stephanie-williams", "--lang", "ar"]),
        ("met-none.txt", ["met", "graphs/libya-wps.yaml", "hnec", "lars-tummers", "--lang", "ar"]),
        ("path.txt", ["path", "graphs/libya-wps.yaml", "lwa", "lars-tummers", "--k", "2", "--lang", "ar"]),
        ("path-md.md", ["path", "graphs/libya-wps.yaml", "lwa", "hnec", "--format", "md", "--lang", "ar"]),
        ("timeline.txt", ["timeline", "graphs/libya-wps.yaml", "lwa", "--through-members", "--by", "month", "--lang", "ar"]),
        ("ego.txt", ["ego", "graphs/libya-wps.yaml", "twbi", "--lang", "ar", "--digits", "arabicIndic"]),
        ("common.txt", ["common", "graphs/libya-wps.yaml", "twbi", "lwa", "--lang", "ar"]),
        ("stats.txt", ["stats", "graphs/libya-wps.yaml", "--lang", "ar"]),
        ("audit.txt", ["audit", "graphs/wps-all.yaml", "--lang", "ar"]),
        ("audit-md.md", ["audit", "graphs/yemen-marib.yaml", "--format", "md", "--lang", "ar"]),
    ]

    @Test("Arabic outputs match their golden files and have no English word", arguments: runs.map(\.name))
    func golden(_ name: String) throws {
        let arguments = try #require(Self.runs.first { $0.name == name }?.arguments)
        let result = try StakeMapBinary.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let risks = ["withheld-actor-at-visible-event", "unprotected-at-risk-actor", "tie-less-protected-than-actor",
                     "withheld-actor-named-in-visible-text", "withheld-actor-named-in-source"]
        let check = try ArabicTextCheck(graph: arguments[1], extra: risks)
        #expect(check.englishWords(in: result.stdout).isEmpty, "\(name): \(check.englishWords(in: result.stdout))")
        let expected = Golden.expected(name, actual: result.stdout)
        #expect(expected == result.stdout, "\(name) differs from Tests/Golden/arabic/\(name); STAKEMAP_RECORD_GOLDEN=1 re-records it")
    }

    @Test("diff --lang ar: summary, headings, changes and field names in Arabic, counts agreeing; only names, ids and data in Latin script")
    func diff() throws {
        let result = try StakeMapBinary.run(["diff", "graphs/yemen-marib.yaml", "graphs/libya-wps.yaml", "--lang", "ar", "--top", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        // Both networks' names, ids and data are allowed, and their titles and descriptions (shown as they changed).
        var texts = try ArabicTextCheck(graph: "graphs/yemen-marib.yaml").allowed
        for path in ["graphs/yemen-marib.yaml", "graphs/libya-wps.yaml"] {
            let graph = try NativeReader().read(path: StakeMapBinary.repository.appendingPathComponent(path).path).graph
            texts += (graph.title?.translations.values.map { $0 } ?? []) + (graph.description?.translations.values.map { $0 } ?? [])
        }
        let check = try ArabicTextCheck(graph: "graphs/libya-wps.yaml", extra: texts + ["en=", "ar="])
        #expect(check.englishWords(in: result.stdout).isEmpty, "\(check.englishWords(in: result.stdout))")
        #expect(result.stdout.hasPrefix("أُضيفت 51 جهةً، وحُذفت 6 جهات، وأُضيفت 54 علاقةً، وحُذفت علاقتان"), "\(result.stdout.prefix(300))")
        // A cell cut short keeps its isolates closed, so they do not run on into the next cells.
        for line in result.stdout.split(separator: "\n") {
            let opened = line.unicodeScalars.filter { (0x2066...0x2068).contains($0.value) }.count
            #expect(opened == line.unicodeScalars.filter { $0.value == 0x2069 }.count, "unbalanced isolates: \(line)")
        }
        let expected = Golden.expected("diff.txt", actual: result.stdout)
        #expect(expected == result.stdout, "diff.txt differs from Tests/Golden/arabic/diff.txt; STAKEMAP_RECORD_GOLDEN=1 re-records it")
    }

    @Test("names typed as people type Arabic are found (issue 13)", arguments: [
        "تحالف المراة الليبية", "ستيفانى ويليامز", "تحالف المراه الليبيه", "معاً نبنيها",
    ])
    func typedNames(_ typed: String) throws {
        let result = try StakeMapBinary.run(["met", "graphs/libya-wps.yaml", typed, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("an unknown Arabic name is answered with Arabic names, not ids")
    func arabicSuggestion() throws {
        let result = try StakeMapBinary.run(["met", "graphs/libya-wps.yaml", "تحالف المرأه اللبيه"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("did you mean «تحالف المرأة الليبية» (lwa)?"), "\(result.stderr)")
    }

    @Test("--home, --targets and --focus accept names typed loosely")
    func optionsTakeNames() throws {
        let plan = try StakeMapBinary.run(["plan", "graphs/libya-wps.yaml", "--home", "تحالف المراة الليبية",
                                           "--targets", "ستيفانى ويليامز,lars-tummers", "--format", "json"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("\"home\" : \"lwa\"") || plan.stdout.contains("\"home\": \"lwa\""), "\(plan.stdout.prefix(200))")
        let scratch = Scratch()
        let render = try StakeMapBinary.run(["render", "graphs/libya-wps.yaml", "-o", scratch.path("m.dot"), "--focus", "معا نبنيها"])
        #expect(render.status == 0, "\(render.stderr)")
    }

    @Test("English output is unchanged by the text layer")
    func englishUnchanged() throws {
        let result = try StakeMapBinary.run(["met", "graphs/libya-wps.yaml", "twbi", "stephanie-williams"])
        #expect(result.stdout.hasPrefix("1 meeting of Together We Build It and Stephanie Williams:\n"), "\(result.stdout.prefix(120))")
        let stats = try StakeMapBinary.run(["stats", "graphs/libya-wps.yaml"])
        #expect(stats.stdout.contains("edges in analysis view") && stats.stdout.contains("(as of 2025-10-04)"))
    }
}
