import Foundation
import Testing

/// `stakemap diff OLD NEW`, on files and on git revisions of a temporary repository.
@Suite("diff", .serialized)
struct DiffCommandTests {
    static let before = """
        stakemap: 1
        actors:
          - {id: lwa, kind: coalition, name: Libyan Women's Alliance, tags: [women-led]}
          - {id: unsmil, kind: un-body}
          - {id: eu, kind: intergovernmental}
        ties:
          - {from: lwa, to: unsmil, kind: met, date: 2018}
          - {from: eu, to: lwa, kind: funds, strength: 2}
        events:
          - {id: w1, kind: workshop, date: 2024-10-30, participants: [lwa, unsmil]}

        """

    static let after = """
        stakemap: 1
        actors:
          - {id: lwa, kind: coalition, name: Libyan Women's Alliance, tags: [women-led, libya]}
          - {id: unsmil, kind: un-body}
          - {id: france, kind: state}
        ties:
          - {from: lwa, to: unsmil, kind: met, date: 2018, strength: 3}
          - {from: lwa, to: france, kind: met, date: 2025-09, place: Paris}
        events:
          - {id: w1, kind: workshop, date: 2024-10-30, participants: [lwa, unsmil, france]}

        """

    @Test("synthetic before/after: every change named, as a table")
    func table() throws {
        let scratch = Scratch()
        let result = try StakeMapBinary.run(["diff", scratch.write("old.yaml", Self.before), scratch.write("new.yaml", Self.after)])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.hasPrefix("added 1 actor, removed 1 actor, changed 1 actor, added 1 tie, removed 1 tie, changed 1 tie, changed 1 event"), "\(out)")
        #expect(out.contains("(3 → 3 actors, 2 → 2 ties, 1 → 1 events)"))
        for line in ["added    actor  france", "removed  actor  eu", "tags: women-led → women-led | libya",
                     "added    tie    lwa — france met 2025-09", "Paris", "removed  tie    eu → lwa funds",
                     "strength: 1 → 3", "participants: lwa | unsmil → lwa | unsmil | france", "Biggest centrality shifts"] {
            #expect(out.contains(line), "missing '\(line)' in:\n\(out)")
        }
    }

    @Test("--lang ar words field values: genders, dates, decimals in the chosen digits; places as written, isolated")
    func arabicValues() throws {
        let scratch = Scratch()
        let old = scratch.write("old.yaml", """
            stakemap: 1
            actors:
              - {id: amal, kind: person, name: {en: Amal, ar: أمل}, gender: woman, place: Tripoli, stance: 1}
              - {id: lwa, kind: coalition, name: {en: Libyan Women's Alliance, ar: تحالف المرأة الليبية}}
            ties:
              - {from: amal, to: lwa, kind: met, date: 2019-05, weight: 1.5}

            """)
        let new = scratch.write("new.yaml", """
            stakemap: 1
            actors:
              - {id: amal, kind: person, name: {en: Amal, ar: أمل}, gender: man, place: Benghazi, stance: -2}
              - {id: lwa, kind: coalition, name: {en: Libyan Women's Alliance, ar: تحالف المرأة الليبية}}
            ties:
              - {from: amal, to: lwa, kind: met, date: 2019-06, weight: 2.5}

            """)
        let arabic = try StakeMapBinary.run(["diff", old, new, "--lang", "ar", "--top", "0", "--digits", "arabicIndic"])
        #expect(arabic.status == 0, "\(arabic.stderr)")
        for text in ["تغيّرت جهة واحدة، وتغيّرت علاقة واحدة (الجهات من ٢ إلى ٢، والعلاقات من ١ إلى ١، والفعاليات من ٠ إلى ٠)",
                     "المكان: من ⁨Tripoli⁩ إلى ⁨Benghazi⁩؛ الجنس: من امرأة إلى رجل",
                     "amal — lwa «لقاء» يونيو ٢٠١٩", "التاريخ: من مايو ٢٠١٩ إلى يونيو ٢٠١٩؛ الوزن: من ١٫٥ إلى ٢٫٥",
                     // A negative number keeps its sign where CLDR puts it (the mark before the sign).
                     "الموقف: من ١ إلى \u{061C}-٢"] {
            #expect(arabic.stdout.contains(text), "missing '\(text)' in:\n\(arabic.stdout)")
        }
        let western = try StakeMapBinary.run(["diff", old, new, "--lang", "ar", "--top", "0"])
        #expect(western.stdout.contains("الموقف: من 1 إلى \u{200E}-2"), "\(western.stdout)")
        let english = try StakeMapBinary.run(["diff", old, new, "--top", "0"])
        #expect(english.stdout.contains("place: Tripoli → Benghazi; gender: woman → man; stance: 1 → -2"), "\(english.stdout)")
        #expect(english.stdout.contains("amal — lwa met 2019-06") && english.stdout.contains("date: 2019-05 → 2019-06; weight: 1.5 → 2.5"))
    }

    @Test("JSON: stable shape with centrality shifts")
    func json() throws {
        let scratch = Scratch()
        let result = try StakeMapBinary.run(["diff", scratch.write("old.yaml", Self.before), scratch.write("new.yaml", Self.after),
                                             "--format", "json", "--top", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let actors = try #require(object["actors"] as? [String: Any])
        #expect(actors["added"] as? [String] == ["france"])
        #expect(actors["removed"] as? [String] == ["eu"])
        let changed = try #require((actors["changed"] as? [[String: Any]])?.first)
        #expect(changed["item"] as? String == "lwa")
        let centrality = try #require(object["centrality"] as? [String: [[String: Any]]])
        #expect(centrality["betweenness"]?.count ?? 0 <= 2 && centrality["pagerank"]?.count == 2)
        #expect(centrality["pagerank"]?.first?.keys.sorted() == ["change", "id", "new", "old"])
    }

    @Test("no changes, and Markdown")
    func same() throws {
        let scratch = Scratch()
        let path = scratch.write("old.yaml", Self.before)
        let result = try StakeMapBinary.run(["diff", path, path, "--format", "md"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("**no changes (3 → 3 actors"), "\(result.stdout)")
    }

    @Test("git:REV:PATH on both sides, includes read from the same revision")
    func gitRevisions() throws {
        let scratch = Scratch()
        let repository = scratch.directory.path
        try FileManager.default.createDirectory(atPath: scratch.path("graphs"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch.path("seeds"), withIntermediateDirectories: true)
        let seed = { (tags: String) in "stakemap: 1\nactors:\n  - {id: lwa, kind: coalition, tags: [\(tags)]}\n  - {id: unsmil, kind: un-body}\n" }
        let graph = { (ties: String) in "stakemap: 1\ninclude: [../seeds/lwa.yaml]\nties:\n\(ties)" }
        scratch.write("seeds/lwa.yaml", seed("women-led"))
        scratch.write("graphs/net.yaml", graph("  - {from: lwa, to: unsmil, kind: met, date: 2018}\n"))
        try git(["init", "-q"], in: repository)
        try git(["add", "."], in: repository)
        try git(["commit", "-q", "-m", "v1"], in: repository)
        scratch.write("seeds/lwa.yaml", seed("women-led, libya"))
        scratch.write("graphs/net.yaml", graph("  - {from: lwa, to: unsmil, kind: met, date: 2018}\n  - {from: unsmil, to: lwa, kind: supports, date: 2024}\n"))
        try git(["commit", "-q", "-a", "-m", "v2"], in: repository)
        // The working copy moves on again: the revisions must not see it.
        scratch.write("seeds/lwa.yaml", seed("changed-in-working-copy"))

        let result = try StakeMapBinary.run(["diff", "git:HEAD~1:graphs/net.yaml", "git:HEAD:graphs/net.yaml"], in: repository)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("added    tie    unsmil → lwa supports 2024"), "\(result.stdout)")
        #expect(result.stdout.contains("tags: women-led → women-led | libya"), "\(result.stdout)")
        #expect(!result.stdout.contains("changed-in-working-copy"))

        let working = try StakeMapBinary.run(["diff", "git:HEAD:graphs/net.yaml", "graphs/net.yaml"], in: repository)
        #expect(working.stdout.contains("changed-in-working-copy"), "\(working.stdout)")

        let missing = try StakeMapBinary.run(["diff", "git:HEAD~5:graphs/net.yaml", "graphs/net.yaml"], in: repository)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("git says:"), "\(missing.stderr)")
        let malformed = try StakeMapBinary.run(["diff", "git:HEAD", "graphs/net.yaml"], in: repository)
        #expect(malformed.status == 1 && malformed.stderr.contains("git:REVISION:PATH"))
    }

    @Test("an error in a revision's file names the revision, not a temporary copy")
    func gitErrors() throws {
        let scratch = Scratch()
        let repository = scratch.directory.path
        scratch.write("net.yaml", "stakemap: 1\nactors:\n  - {id: a, kind: persn}\n")
        try git(["init", "-q"], in: repository)
        try git(["add", "."], in: repository)
        try git(["commit", "-q", "-m", "bad"], in: repository)
        let result = try StakeMapBinary.run(["diff", "git:HEAD:net.yaml", "net.yaml"], in: repository)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("HEAD:net.yaml:3:19: error: unknown actor kind 'persn'"), "\(result.stderr)")
    }

    private func git(_ arguments: [String], in directory: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=StakeMap Tests", "-c", "user.email=tests@example.org",
                             "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }
}
