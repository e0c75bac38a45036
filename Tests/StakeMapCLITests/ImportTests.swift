import Foundation
import Testing

/// `stakemap import`: the sheets people keep, merged without duplicates.
@Suite("Import contacts")
struct ImportTests {
    private func run(_ arguments: [String]) throws -> StakeMapBinary.Result { try StakeMapBinary.run(arguments) }

    private func network(_ scratch: Scratch) -> String {
        scratch.write("seed.yaml", """
        stakemap: 1
        actors:
          - {id: unsmil, kind: un-body, name: {en: UNSMIL, ar: بعثة الأمم المتحدة للدعم في ليبيا}}
          - {id: stephanie-williams, kind: person, name: Stephanie Williams, title: DSRSG, country: US}
        """)
        return scratch.write("net.yaml", """
        stakemap: 1
        include: [seed.yaml]   # the seed stays untouched
        actors:
          - id: hanan
            kind: person
            name: {en: Hanan Salah, ar: حنان صالح}
            title: Coordinator
        """)
    }

    @Test("semicolons, a BOM, French headers, no id column: mapped, countries coded, organisations tied, merges not duplicates")
    func frenchSheet() throws {
        let scratch = Scratch()
        let file = network(scratch)
        let seed = try String(contentsOfFile: scratch.path("seed.yaml"), encoding: .utf8)
        let sheet = scratch.write("contacts.csv", """
        \u{FEFF}Nom;Organisation;Poste;Pays;Courriel;Téléphone;Langue
        Stephanie Williams;UNSMIL;Special Adviser;États-Unis;sw@example.org;;en
        حنان صالح;Libyan Women's Alliance;Director;Libye;hanan@example.org;+218 91 000 0000;ar
        Amal Haddad;Libyan Women's Alliance;Member;Tunisie;;;fr
        Stefanie Wiliams;;;;;;
        """)
        var result = try run(["import", sheet, "--into", file])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("Nom → name") && out.contains("Pays → country (ISO code)") && out.contains("Langue → custom field 'Langue'"))
        #expect(out.contains("separated by ';'"))
        // Stephanie Williams (in the included file) and حنان صالح (an Arabic name of hanan) are merged.
        #expect(out.contains("merged: 2 rows"))
        #expect(out.contains("stephanie-williams title: record 'DSRSG', sheet 'Special Adviser'"))
        #expect(out.contains("hanan title: record 'Coordinator', sheet 'Director'"))
        #expect(out.contains("'Stefanie Wiliams' may be stephanie-williams"), "\(out)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(try String(contentsOfFile: scratch.path("seed.yaml"), encoding: .utf8) == seed)
        #expect(text.contains("include: [seed.yaml]   # the seed stays untouched"))
        #expect(text.contains("id: amal-haddad") && text.contains("country: TN"))
        #expect(text.contains("{from: amal-haddad, to: libyan-womens-alliance, kind: works-for}"))
        #expect(text.contains("{from: hanan, to: libyan-womens-alliance, kind: works-for}"))
        #expect(text.contains("{from: stephanie-williams, to: unsmil, kind: works-for}"))
        #expect(text.contains("    fields: {Langue: ar, email: hanan@example.org, phone: +218 91 000 0000}")
                || text.contains("fields: {Langue: ar, email: hanan@example.org, phone: \"+218 91 000 0000\"}"), "\(text)")
        #expect(text.contains("    title: Coordinator"))
        result = try run(["validate", file])
        #expect(result.status == 0, "\(result.stderr)")
        // Importing again adds nothing new.
        result = try run(["import", sheet, "--into", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("added to \(file): 0 actors, 0 ties") || result.stdout.contains("nothing to add"), "\(result.stdout)")
    }

    @Test("--lang ar: the mapping and the summary in Arabic, rows counted in agreement; only data, ids and options in Latin script")
    func arabicSummary() throws {
        let scratch = Scratch()
        let file = network(scratch)
        let sheet = scratch.write("contacts.csv", """
        الاسم,الجهة,المنصب,البلد,البريد,اللغة
        Stephanie Williams,UNSMIL,Special Adviser,الولايات المتحدة,sw@example.org,en
        حنان صالح,تحالف المرأة الليبية,مديرة,ليبيا,hanan@example.org,ar
        أمل حداد,تحالف المرأة الليبية,عضو,تونس,,fr
        Stefanie Wiliams,,,,,
        ,UNSMIL,,,,
        سلمى,,,أرض العجائب,,

        """)
        let result = try run(["import", sheet, "--into", file, "--lang", "ar"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        for line in ["الأعمدة (6 صفوف، مفصولة بـ«,»):", "  البلد ← البلد (رمزه الدولي)", "  اللغة ← حقل خاص «اللغة»",
                     "صفوف دُمجت في جهات موجودة: صفّان", "صفوف غير مؤكَّدة لم تُضف: صف واحد (راجِعها، ثم استعمل ⁨--merge-uncertain⁩ لدمجها):",
                     "  السطر 3: ⁨hanan⁩، المسمّى: في السجل «⁨Coordinator⁩»، وفي الجدول «مديرة»", "صفوف أُهملت: صف واحد",
                     "  السطر 6: بلا اسم", "قيم أُهملت: 1", "  السطر 7: البلد «أرض العجائب» ليس اسم بلد معروفًا ولا رمزًا دوليًا له، فأُهمل"] {
            #expect(lines.contains(line), "missing '\(line)' in:\n\(result.stdout)")
        }
        #expect(lines.contains { $0.hasPrefix("أُضيف إلى الملف ⁨\(file)⁩: 3 جهات و3 علاقات (") }, "\(result.stdout)")
        let check = try ArabicOnlyCheck13b(graph: file, extra: [file, "DSRSG", "Coordinator", "Special Adviser", "Stefanie Wiliams",
                                                               "email", "phone", "--prefer sheet", "--merge-uncertain"])
        #expect(check.latinWords(in: result.stdout).isEmpty, "\(check.latinWords(in: result.stdout))")
        // The same import in English reads as it always has.
        let other = Scratch()
        let english = try run(["import", sheet, "--into", network(other), "--dry-run"])
        #expect(english.stdout.contains("merged: 2 rows into existing actors") && english.stdout.contains("line 6: no name"), "\(english.stdout)")
    }

    @Test("--prefer sheet takes the sheet's title where the entry is in the file; --merge-uncertain merges")
    func preferSheet() throws {
        let scratch = Scratch()
        let file = network(scratch)
        let sheet = scratch.write("contacts.tsv", "Name\tTitle\nHanan Salah\tDirector\nStefanie Wiliams\t\n")
        let result = try run(["import", sheet, "--into", file, "--prefer", "sheet", "--merge-uncertain"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("took the sheet's"))
        #expect(result.stdout.contains("merged: 2 rows"))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("    title: Director") && !text.contains("Coordinator"))
    }

    @Test("a damaged .xlsx workbook is refused with a hint, nothing written")
    func workbook() throws {
        let scratch = Scratch()
        let file = network(scratch)
        let original = try String(contentsOfFile: file, encoding: .utf8)
        let sheet = scratch.path("contacts.xlsx")
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0]).write(to: URL(fileURLWithPath: sheet))
        let result = try run(["import", sheet, "--into", file])
        #expect(result.status != 0)
        #expect(result.stderr.contains("CSV UTF-8"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == original)
    }
}
