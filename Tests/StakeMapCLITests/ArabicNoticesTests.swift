import Foundation
import Testing

/// `--lang ar` of the lines commands write about their arguments and outputs, through the real
/// binary on the Libya network: errors about actor names (every command that takes one), the
/// audience omission notice, the "wrote …" lines, the `--targets` and did-not-converge errors —
/// Arabic with no English word outside names, ids, citations and option names; English as before.
@Suite("Arabic notices and errors (issue 13)", .serialized)
struct ArabicNoticesTests {
    static let graph = "graphs/libya-wps.yaml"
    /// Option names and values a message quotes as typed, and the reference a message cites.
    static let codes = ["--audience internal", "--audience confidential", "--targets", "--home", "--directed", "pagerank",
                        "networkx", "PowerIterationFailedConvergence", "dot", "kind:state+country:ZZ", "Stefanie Williams", "twbj"]

    /// An Arabic name typed without hamza and with a typo, for every command that takes an actor.
    static let loosely: [[String]] = [
        ["met", graph, "تحالف المرأه اللبيه"],
        ["path", graph, "lwa", "تحالف المرأه اللبيه"],
        ["ego", graph, "تحالف المرأه اللبيه"],
        ["common", graph, "twbi", "تحالف المرأه اللبيه"],
        ["timeline", graph, "تحالف المرأه اللبيه"],
        ["suggest", graph, "--home", "تحالف المرأه اللبيه"],
        ["gaps", graph, "--home", "تحالف المرأه اللبيه"],
        ["gaps", graph, "--home", "lwa", "--targets", "تحالف المرأه اللبيه,tag:ambassador"],
        ["plan", graph, "--home", "تحالف المرأه اللبيه", "--targets", "tag:ambassador"],
        ["centrality", graph, "--measure", "pagerank", "--home", "تحالف المرأه اللبيه"],
        ["render", graph, "-o", "/tmp/stakemap-never-written.svg", "--focus", "تحالف المرأه اللبيه"],
        ["report", graph, "-o", "/tmp/stakemap-never-written.html", "--home", "تحالف المرأه اللبيه"],
    ]

    @Test("an unknown name: the same fact in Arabic under --lang ar, as before in English, exit 1", arguments: loosely)
    func unknownName(_ arguments: [String]) throws {
        let arabic = try StakeMapBinary.run(arguments + ["--lang", "ar"])
        #expect(arabic.status == 1, "\(arabic.stderr)")
        #expect(arabic.stderr == "خطأ: لا توجد جهة بالمعرّف أو الاسم «تحالف المرأه اللبيه»؛ هل تقصد «تحالف المرأة الليبية» (⁨lwa⁩)؟\n",
                "\(arguments): \(arabic.stderr)")
        let english = try StakeMapBinary.run(arguments)
        #expect(english.status == 1)
        #expect(english.stderr == "error: no actor 'تحالف المرأه اللبيه'; did you mean «تحالف المرأة الليبية» (lwa)?\n", "\(english.stderr)")
    }

    @Test("Latin typos, withheld actors, selectors that select nobody or do not parse")
    func otherFailures() throws {
        let cases: [(arguments: [String], arabic: String, english: String)] = [
            (["met", Self.graph, "Stefanie Williams"],
             "خطأ: لا توجد جهة بالمعرّف أو الاسم «⁨Stefanie Williams⁩»؛ هل تقصد «⁨Stephanie Williams⁩» (⁨stephanie-williams⁩)؟",
             "error: no actor 'Stefanie Williams'; did you mean 'Stephanie Williams' (stephanie-williams)?"),
            (["path", Self.graph, "twbj", "lwa"], "خطأ: لا توجد جهة بالمعرّف أو الاسم «⁨twbj⁩»؛ هل تقصد «⁨twbi⁩»؟",
             "error: no actor 'twbj'; did you mean 'twbi'?"),
            (["met", Self.graph, "ly-women-prisoners", "--audience", "public"],
             "خطأ: الجهة «⁨ly-women-prisoners⁩» محجوبة عن جمهور «عام»؛ تصنيفها «مقيّد»، فاستعمل ⁨--audience internal⁩ إن كان يحق لك الاطلاع عليها",
             "error: 'ly-women-prisoners' is withheld from the public audience; it is restricted; use --audience internal if you may see it"),
            (["gaps", Self.graph, "--home", "lwa", "--targets", "kind:state+country:ZZ"],
             "خطأ: الخيار ⁨--targets⁩ «⁨kind:state+country:ZZ⁩» لا يختار أي جهة ظاهرة لجمهور «داخلي»",
             "error: --targets 'kind:state+country:ZZ' selects no actor visible to the internal audience"),
            (["plan", Self.graph, "--home", "lwa", "--targets", "kind:persn"],
             "خطأ: لا يوجد نوع جهة اسمه «⁨persn⁩» في المحدِّد؛ هل تقصد «⁨person⁩»؟",
             "error: unknown actor kind 'persn' in selector; did you mean 'person'?"),
            (["gaps", Self.graph, "--home", "lwa", "--targets", "lwa,,unsmil"],
             "خطأ: في المحدِّد «⁨lwa,,unsmil⁩» شرط فارغ؛ اكتب شروطًا مثل ⁨kind:person,tag:eu+country:FR⁩",
             "error: empty term in selector 'lwa,,unsmil'; write terms such as kind:person,tag:eu+country:FR"),
        ]
        let check = try ArabicOnlyCheck13b(graph: Self.graph, extra: Self.codes + ["persn", "person", "lwa,,unsmil", "kind:person,tag:eu+country:FR"])
        for (arguments, arabic, english) in cases {
            let ar = try StakeMapBinary.run(arguments + ["--lang", "ar"])
            #expect(ar.status == 1 && ar.stderr == arabic + "\n", "\(arguments): \(ar.stderr)")
            #expect(check.latinWords(in: ar.stderr).isEmpty, "\(check.latinWords(in: ar.stderr))")
            let en = try StakeMapBinary.run(arguments)
            #expect(en.status == 1 && en.stderr == english + "\n", "\(arguments): \(en.stderr)")
        }
    }

    @Test("an ambiguous name lists its actors by their Arabic names and kinds; add words it too")
    func ambiguous() throws {
        let scratch = Scratch()
        let file = scratch.write("net.yaml", """
            stakemap: 1
            actors:
              - {id: hanan, kind: person, name: {en: Hanan Salah, ar: حنان صالح}, gender: woman}
              - {id: council-a, kind: government, name: {en: National Council, ar: المجلس الوطني}}
              - {id: council-b, kind: organization, name: {en: National Council of Women, ar: المجلس الوطني}}
            """)
        let arabic = "خطأ: الاسم «المجلس الوطنى» يطابق أكثر من جهة: ⁨council-a⁩ (المجلس الوطني، جهة حكومية)، ⁨council-b⁩ (المجلس الوطني، منظمة)؛ حدّد الجهة بمعرّفها\n"
        let met = try StakeMapBinary.run(["met", file, "المجلس الوطنى", "--lang", "ar"])
        #expect(met.status == 1 && met.stderr == arabic, "\(met.stderr)")
        let add = try StakeMapBinary.run(["add", "meeting", file, "المجلس الوطنى", "hanan", "--date", "2025-10-01", "--lang", "ar"])
        #expect(add.status == 1 && add.stderr == arabic, "\(add.stderr)")
        let english = try StakeMapBinary.run(["add", "meeting", file, "المجلس الوطنى", "hanan", "--date", "2025-10-01"])
        #expect(english.stderr.hasPrefix("error: 'المجلس الوطنى' is ambiguous: it names 'council-a' (National Council, government), "), "\(english.stderr)")
        let added = try StakeMapBinary.run(["add", "meeting", file, "حنان صالح", "council-b", "--date", "2025-10-01", "--lang", "ar"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.hasPrefix("أُضيف إلى الملف ⁨\(file)⁩:\n"), "\(added.stdout)")
        let dry = try StakeMapBinary.run(["add", "meeting", file, "حنان صالح", "council-a", "--date", "2025-10-02", "--dry-run"])
        #expect(dry.stdout.hasPrefix("would add to \(file):\n"), "\(dry.stdout)")
    }

    @Test("what the audience leaves out and what was written: one Arabic line each, CLDR plurals")
    func omissionAndWrote() throws {
        let scratch = Scratch()
        let check = try ArabicOnlyCheck13b(graph: Self.graph, extra: Self.codes + ["map.svg", "r.html", "e.yaml", "p.md"].map(scratch.path))
        let notice = "ملاحظة: حُجب عن جمهور «عام»: جهة واحدة وعلاقة واحدة؛ الخيار ⁨--audience internal⁩ يُبقيها"
        let render = try StakeMapBinary.run(["render", Self.graph, "-o", scratch.path("map.svg"), "--audience", "public", "--lang", "ar"])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.stderr.contains(notice + "\n"), "\(render.stderr)")
        #expect(render.stderr.contains("كُتب الملف ⁨\(scratch.path("map.svg"))⁩: ") && render.stderr.contains("، بتخطيط ⁨dot⁩"), "\(render.stderr)")
        let report = try StakeMapBinary.run(["report", Self.graph, "-o", scratch.path("r.html"), "--audience", "public", "--lang", "ar", "--no-map"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr == notice + "\nكُتب الملف ⁨\(scratch.path("r.html"))⁩: 50 جهةً، لجمهور «عام» (بلا خريطة)\n", "\(report.stderr)")
        let ego = try StakeMapBinary.run(["ego", Self.graph, "lwa", "-o", scratch.path("e.yaml"), "--audience", "public", "--lang", "ar"])
        #expect(ego.stderr == notice + "\n", "\(ego.stderr)")
        let plan = try StakeMapBinary.run(["plan", Self.graph, "--home", "lwa", "--targets", "tag:ambassador", "-o", scratch.path("p.md"),
                                           "--audience", "public", "--lang", "ar"])
        #expect(plan.stderr == notice + "\n", "\(plan.stderr)")
        for result in [render, report, ego, plan] {
            #expect(check.latinWords(in: result.stderr + result.stdout).isEmpty, "\(check.latinWords(in: result.stderr + result.stdout))")
        }
        let english = try StakeMapBinary.run(["report", Self.graph, "-o", scratch.path("r.html"), "--audience", "public", "--no-map"])
        #expect(english.stderr == "note: left out for the public audience: 1 actor, 1 tie, 0 events and 0 sources; --audience internal keeps them\n"
                + "wrote \(scratch.path("r.html")): 50 actors, audience public (no map)\n", "\(english.stderr)")
    }

    @Test("a measure that does not converge says so in Arabic")
    func didNotConverge() throws {
        let fixture = StakeMapBinary.repository.appendingPathComponent("Tests/StakeMapAnalysisTests/Fixtures/growing.graphml").path
        let result = try StakeMapBinary.run(["centrality", fixture, "--directed", "--measure", "eigenvector", "--lang", "ar"])
        #expect(result.status == 1 && result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("خطأ: لم تتقارب مركزية المتجه الذاتي: ليس لهذه الشبكة الموجَّهة متجه ذاتي مهيمن"), "\(result.stderr)")
        let check = try ArabicOnlyCheck13b(graph: Self.graph, extra: Self.codes)
        #expect(check.latinWords(in: result.stderr).isEmpty, "\(check.latinWords(in: result.stderr))")
    }

    @Test("quarters and roles are worded, not left as 2018-Q1 and organizer")
    func vocabulary() throws {
        let check = try ArabicOnlyCheck13b(graph: Self.graph, extra: Self.codes)
        let stats = try StakeMapBinary.run(["stats", Self.graph, "--over-time", "quarter", "--lang", "ar", "--digits", "arabicIndic"])
        #expect(stats.status == 0 && stats.stdout.contains("الربع الأول ٢٠١٦") && !stats.stdout.contains("Q"), "\(stats.stdout)")
        let centrality = try StakeMapBinary.run(["centrality", Self.graph, "--over-time", "quarter", "--measure", "degree", "--top", "3", "--lang", "ar"])
        #expect(centrality.stdout.contains("الأكثر صعودًا بين الربع الرابع 2015 والربع الرابع 2024: "), "\(centrality.stdout)")
        let met = try StakeMapBinary.run(["met", Self.graph, "unsmil", "--lang", "ar"])
        #expect(met.stdout.contains("وزارة الداخلية (منظِّم)") && met.stdout.contains("(متحدث)"), "\(met.stdout)")
        #expect(check.latinWords(in: stats.stdout + centrality.stdout).isEmpty, "\(check.latinWords(in: stats.stdout + centrality.stdout))")
    }

    @Test("--lang both: plan md and html put the Arabic under the English; other uses are refused clearly")
    func both() throws {
        let md = try StakeMapBinary.run(["plan", Self.graph, "--home", "lwa", "--targets", "tag:ambassador", "--lang", "both"])
        #expect(md.status == 0, "\(md.stderr)")
        let english = try StakeMapBinary.run(["plan", Self.graph, "--home", "lwa", "--targets", "tag:ambassador"])
        let arabic = try StakeMapBinary.run(["plan", Self.graph, "--home", "lwa", "--targets", "tag:ambassador", "--lang", "ar"])
        #expect(md.stdout == english.stdout + "\n---\n\n" + arabic.stdout)
        let html = try StakeMapBinary.run(["plan", Self.graph, "--home", "lwa", "--targets", "tag:ambassador", "--lang", "both", "--format", "html"])
        #expect(html.status == 0 && html.stdout.contains("<section lang=\"en\">") && html.stdout.contains("<section lang=\"ar\" dir=\"rtl\">"))
        #expect(html.stdout.components(separatedBy: "<!DOCTYPE html>").count == 2)
        for arguments in [["gaps", Self.graph, "--lang", "both"], ["met", Self.graph, "lwa", "--lang", "both"],
                          ["plan", Self.graph, "--home", "lwa", "--targets", "tag:ambassador", "--lang", "both", "--format", "ics"]] {
            let result = try StakeMapBinary.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("--lang both puts") && result.stderr.contains("use --lang en or --lang ar"), "\(result.stderr)")
        }
    }

    /// The runs recorded in Tests/Golden/arabic/notices.txt (standard output, then standard error).
    static let transcript: [[String]] = [
        ["met", graph, "تحالف المرأه اللبيه", "--lang", "ar"],
        ["met", graph, "Stefanie Williams", "--lang", "ar", "--digits", "arabicIndic"],
        ["path", graph, "ly-women-prisoners", "lwa", "--audience", "public", "--lang", "ar"],
        ["gaps", graph, "--home", "lwa", "--targets", "kind:state+country:ZZ", "--lang", "ar"],
        ["report", graph, "-o", "-", "--audience", "public", "--lang", "ar", "--no-map"],
        ["centrality", "Tests/StakeMapAnalysisTests/Fixtures/growing.graphml", "--directed", "--measure", "eigenvector", "--lang", "ar"],
        ["stats", graph, "--over-time", "quarter", "--lang", "ar"],
    ]

    @Test("the notices match their golden file and have no English word")
    func golden() throws {
        var text = ""
        for arguments in Self.transcript {
            let result = try StakeMapBinary.run(arguments)
            let stdout = arguments[0] == "report" ? "" : result.stdout
            text += "$ stakemap " + arguments.joined(separator: " ") + "\n" + stdout + result.stderr + "[exit \(result.status)]\n\n"
        }
        let check = try ArabicOnlyCheck13b(graph: Self.graph, extra: Self.codes + Self.transcript.flatMap { $0 })
        let body = text.split(separator: "\n").filter { !$0.hasPrefix("$ stakemap") }.joined(separator: "\n")
        #expect(check.latinWords(in: body).filter { $0 != "exit" }.isEmpty, "\(check.latinWords(in: body))")
        let expected = Golden.expected("notices.txt", actual: text)
        #expect(expected == text, "notices.txt differs from Tests/Golden/arabic/notices.txt; STAKEMAP_RECORD_GOLDEN=1 re-records it")
    }
}
