import Foundation
import Testing

/// `stakemap add` and `stakemap import`: a network recorded from nothing, in place, every other line kept.
@Suite("Recording meetings")
struct RecordingTests {
    private func run(_ arguments: [String]) throws -> StakeMapBinary.Result { try StakeMapBinary.run(arguments) }

    @Test("an empty folder becomes a validated network of a dozen actors and meetings, in Arabic, with add and import only")
    func fromNothing() throws {
        let scratch = Scratch()
        let file = scratch.path("شبكة.yaml")
        let sheet = scratch.write("جهات.csv", """
        \u{FEFF}الاسم;الجهة;المنصب;البلد;البريد الإلكتروني
        فاطمة علي;تحالف النساء الليبيات;منسقة;ليبيا;fatma@example.org
        سارة محمود;تحالف النساء الليبيات;عضوة;ليبيا;
        مريم أحمد;منظمة معا نبنيها;مديرة;ليبيا;
        هدى سالم;بعثة الأمم المتحدة للدعم في ليبيا;مستشارة;Libye;
        نور حسن;سفارة فرنسا;سفيرة;فرنسا;
        ليلى عمر;;صحفية;Tunisia;
        """)
        var result = try run(["add", "actor", file, "--kind", "person", "--name", "حنان صالح", "--country", "ليبيا"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("id: hnan-salh"))
        result = try run(["add", "actor", file, "--kind", "coalition", "--name", "Libyan Women's Alliance", "--name-ar", "تحالف النساء الليبيات", "--id", "lwa"])
        #expect(result.status == 0, "\(result.stderr)")
        result = try run(["add", "actor", file, "--kind", "un-body", "--name", "UN Women", "--name-ar", "هيئة الأمم المتحدة للمرأة"])
        #expect(result.status == 0, "\(result.stderr)")
        result = try run(["import", sheet, "--into", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("الاسم → name"))
        #expect(result.stdout.contains("البلد → country"))
        #expect(result.stdout.contains("added to"))
        result = try run(["add", "meeting", file, "فاطمة علي", "نور حسن", "--date", "2025-10-01", "--place", "طرابلس", "--outcome", "وعد بالمتابعة"])
        #expect(result.status == 0, "\(result.stderr)")
        result = try run(["add", "meeting", file, "حنان صالح", "هدى سالم", "مريم أحمد", "ليلى عمر", "--date", "2025-10-02", "--event-name", "ورشة الانتخابات"])
        #expect(result.status == 0, "\(result.stderr)")
        result = try run(["add", "tie", file, "حنان صالح", "member-of", "تحالف النساء الليبيات", "--start", "2019"])
        #expect(result.status == 0, "\(result.stderr)")
        result = try run(["add", "meeting", file, "سارة محمود", "حنان صالح", "--date", "2025-10-03"])
        #expect(result.status == 0, "\(result.stderr)")
        result = try run(["validate", file])
        #expect(result.status == 0, "\(result.stderr)")
        let counts = result.stdout
        #expect(counts.contains("ok: 12 actors"), "\(counts)")
        // Everything the reader sees, with Arabic names, Arabic-script places and contact details restricted.
        result = try run(["met", file, "حنان صالح", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("sara-mhmwd"), "\(result.stdout)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("فاطمة علي"))
        #expect(text.contains("email: fatma@example.org"))
        #expect(text.contains("sensitivity: restricted"))
        #expect(text.contains("country: FR"))
        #expect(text.contains("country: TN"))
    }

    @Test("add on a copy of graphs/libya-wps.yaml keeps every original line, in order")
    func keepsEveryLine() throws {
        let scratch = Scratch()
        let original = try String(contentsOfFile: StakeMapBinary.repository.appendingPathComponent("graphs/libya-wps.yaml").path, encoding: .utf8)
        let graphs = scratch.directory.appendingPathComponent("graphs")
        try FileManager.default.createDirectory(at: graphs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: StakeMapBinary.repository.appendingPathComponent("seeds"), to: scratch.directory.appendingPathComponent("seeds"))
        let file = graphs.appendingPathComponent("libya-wps.yaml").path
        try original.write(toFile: file, atomically: true, encoding: .utf8)
        var result = try run(["add", "meeting", file, "معا نبنيها", "stephanie-williams", "--date", "2025-09-30", "--place", "Tripoli"])
        #expect(result.status == 0, "\(result.stderr)")
        result = try run(["add", "actor", file, "--kind", "person", "--name", "Amal Haddad", "--tag", "women-led", "--field", "email=amal@example.org"])
        #expect(result.status == 0, "\(result.stderr)")
        let edited = try String(contentsOfFile: file, encoding: .utf8)
        let before = original.split(separator: "\n", omittingEmptySubsequences: false)
        let after = edited.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(after.count == before.count + 6)
        // Every original line is there, in the same order (the new lines are insertions).
        var position = 0
        for line in after where position < before.count && line == before[position] { position += 1 }
        #expect(position == before.count, "original line \(position + 1) is missing or changed")
        #expect(edited.contains("  - {from: twbi, to: stephanie-williams, kind: met, date: 2025-09-30, place: Tripoli}"))
        #expect(edited.contains("    fields: {email: amal@example.org}"))
        #expect(try run(["validate", file]).status == 0)
    }

    @Test("an ambiguous or unknown name changes nothing and says why; --dry-run writes nothing")
    func nothingOnError() throws {
        let scratch = Scratch()
        let file = scratch.write("net.yaml", """
        stakemap: 1
        # a comment that stays
        actors:
          - {id: amal-a, kind: person, name: Amal}
          - {id: amal-b, kind: person, name: Amal}
          - {id: sara, kind: person}
        """)
        let original = try String(contentsOfFile: file, encoding: .utf8)
        var result = try run(["add", "meeting", file, "Amal", "sara", "--date", "2025-01-01"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("ambiguous") && result.stderr.contains("amal-a") && result.stderr.contains("amal-b"))
        result = try run(["add", "tie", file, "sara", "member-of", "nobody"])
        #expect(result.status == 1)
        result = try run(["add", "tie", file, "sara", "met", "amal-a", "--date", "2025-13-01"])
        #expect(result.status != 0)
        result = try run(["add", "meeting", file, "amal-a", "sara", "--date", "2025-01-01", "--dry-run"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("would add"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == original)
        result = try run(["add", "meeting", file, "amal-a", "sara", "--date", "2025-01-01"])
        #expect(result.status == 0)
        let edited = try String(contentsOfFile: file, encoding: .utf8)
        #expect(edited.hasPrefix(original))
        #expect(edited.hasSuffix("ties:\n  - {from: amal-a, to: sara, kind: met, date: 2025-01-01}\n"))
    }
}
