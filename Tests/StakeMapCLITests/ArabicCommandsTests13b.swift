import Foundation
import Testing

/// `--lang ar` of path, suggest, audit, stats --over-time, met, brokers and centrality
/// --over-time on the Libya network, through the real binary: standard output and standard
/// error carry no Latin-letter word apart from names, ids, citations, codes and dates.
@Suite("Arabic command output (issue 13b)")
struct ArabicCommandsTests13b {
    static let graph = "graphs/libya-wps.yaml"

    static let runs: [[String]] = [
        ["path", graph, "lwa", "lars-tummers", "--lang", "ar"],
        ["path", graph, "lwa", "hnec", "--k", "4", "--format", "md", "--lang", "ar"],
        ["suggest", graph, "--home", "lwa", "--lang", "ar"],
        ["suggest", graph, "--home", "twbi", "--format", "md", "--lang", "ar"],
        ["audit", graph, "--lang", "ar"],
        ["audit", graph, "--format", "md", "--lang", "ar"],
        ["stats", graph, "--over-time", "year", "--lang", "ar"],
        ["met", graph, "lwa", "--through-members", "--since", "2018", "--lang", "ar"],
        ["brokers", graph, "--top", "12", "--lang", "ar"],
        ["brokers", graph, "--group-by", "region", "--top", "5", "--lang", "ar"],
        ["centrality", graph, "--over-time", "year", "--measure", "betweenness", "--top", "8", "--lang", "ar"],
        ["centrality", graph, "--measure", "degree,pagerank", "--top", "8", "--lang", "ar"],
        ["communities", graph, "--lang", "ar"],
    ]

    @Test("no English word in the Arabic output", arguments: runs)
    func arabicOnly(_ arguments: [String]) throws {
        let result = try StakeMapBinary.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
        let check = try ArabicOnlyCheck13b(graph: Self.graph, extra: ["region"])
        let words = check.latinWords(in: result.stdout + "\n" + result.stderr)
        #expect(words.isEmpty, "\(arguments.joined(separator: " ")): \(words)\n\(result.stdout)\(result.stderr)")
    }

    @Test("the notes on standard error are Arabic too")
    func notes() throws {
        let met = try StakeMapBinary.run(["met", Self.graph, "lwa", "--through-members", "--since", "2018", "--lang", "ar"])
        #expect(met.stderr.contains("استُبعدت لقاءات بلا تاريخ عددها 3"), "\(met.stderr)")
        let brokers = try StakeMapBinary.run(["brokers", Self.graph, "--group-by", "region", "--lang", "ar"])
        #expect(brokers.stderr.contains("ملاحظة:") && !brokers.stderr.contains("note:"), "\(brokers.stderr)")
        let plan = try StakeMapBinary.run(["gaps", Self.graph, "--home", "lwa", "--as-of", "2019-01-01"])
        #expect(plan.stderr.hasPrefix("warning: 10 records dated after today (2019-01-01)"), "\(plan.stderr)")
    }

    @Test("a path through a withheld actor is worded in Arabic, placeholder included")
    func withheldPlaceholder() throws {
        let scratch = Scratch()
        let file = scratch.path("withheld.yaml")
        try """
        stakemap: 1
        actors:
          - {id: home, kind: organization, name: {en: Home Network, ar: شبكة البيت}}
          - {id: guide, kind: person, name: {en: Quiet Guide, ar: المرشدة الخفية}, sensitivity: restricted}
          - {id: target, kind: person, name: {en: Target Person, ar: الهدف}}
        ties:
          - {from: home, to: guide, kind: met, date: 2020}
          - {from: guide, to: target, kind: met, date: 2021}
          - {from: home, to: target, kind: supports, strength: 1}
        """.write(toFile: file, atomically: true, encoding: .utf8)
        for format in ["table", "md", "json"] {
            let result = try StakeMapBinary.run(["path", file, "home", "target", "--withheld", "placeholder", "--audience", "public",
                                                 "--lang", "ar", "--format", format])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("جهة محجوبة") && result.stdout.contains("عبر جهة محجوبة"), "\(result.stdout)")
            #expect(!result.stdout.contains("Quiet") && !result.stdout.contains("المرشدة"))
            let check = try ArabicOnlyCheck13b(graph: file)
            let json = format != "json" ? result.stdout : result.stdout.replacingOccurrences(of: #""[a-z_]+" :|\bnull\b"#, with: " ", options: .regularExpression)
            #expect(check.latinWords(in: json).isEmpty, "\(format): \(check.latinWords(in: json))\n\(result.stdout)")
        }
    }

    @Test("the checker finds an English word")
    func checkerWorks() throws {
        let check = try ArabicOnlyCheck13b(graph: Self.graph)
        #expect(check.latinWords(in: "التقيا مع Together We Build It (seed-000#p6) في 2018") == [])
        #expect(check.latinWords(in: "met Together We Build It") == ["met"])
        #expect(check.latinWords(in: "علاقة lwa -member-of- wasl ثم shares") == ["shares"])
    }
}
