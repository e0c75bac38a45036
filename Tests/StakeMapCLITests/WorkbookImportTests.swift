import Foundation
import Testing

/// `stakemap import` of Excel workbooks (.xlsx): the same network as the CSV of the same
/// contacts, sheets by name, located errors, zip bombs refused, nothing written on error.
@Suite("Import workbooks")
struct WorkbookImportTests {
    private static let fixtures = "Tests/StakeMapFormatsTests/Fixtures/xlsx/"

    private func run(_ arguments: [String]) throws -> StakeMapBinary.Result { try StakeMapBinary.run(arguments) }

    private func network(_ scratch: Scratch, _ name: String) -> String {
        scratch.write(name, """
        stakemap: 1
        actors:
          - {id: unsmil, kind: un-body, name: {en: UNSMIL, ar: بعثة الأمم المتحدة للدعم في ليبيا}}
        """)
    }

    @Test("the same contacts from CSV (';', BOM) and from .xlsx give the same network, Arabic included")
    func sameAsCSV() throws {
        let scratch = Scratch()
        let fromCSV = network(scratch, "csv.yaml"), fromWorkbook = network(scratch, "xlsx.yaml")
        var result = try run(["import", Self.fixtures + "contacts.csv", "--into", fromCSV])
        #expect(result.status == 0, "\(result.stderr)")
        result = try run(["import", Self.fixtures + "contacts.xlsx", "--into", fromWorkbook])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("rows, of sheet 'Contacts'") && result.stdout.contains("Met on → custom field 'Met on'"), "\(result.stdout)")
        let csvText = try String(contentsOfFile: fromCSV, encoding: .utf8)
        let workbookText = try String(contentsOfFile: fromWorkbook, encoding: .utf8)
        #expect(csvText == workbookText)
        #expect(workbookText.contains("حنان صالح") && workbookText.contains("country: LY") && workbookText.contains("2024-03-14"), "\(workbookText)")
        #expect(workbookText.contains("218912345678") && workbookText.contains("Active: true"), "\(workbookText)")
        for file in [fromCSV, fromWorkbook] {
            result = try run(["convert", file, "-o", file + ".json"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: fromCSV + ".json")) == Data(contentsOf: URL(fileURLWithPath: fromWorkbook + ".json")))
        #expect(try run(["validate", fromWorkbook]).status == 0)
    }

    @Test("--sheet picks a sheet by name; a CSV has none")
    func sheetByName() throws {
        let scratch = Scratch()
        let file = network(scratch, "net.yaml")
        var result = try run(["import", Self.fixtures + "contacts.xlsx", "--sheet", "Libya mission", "--into", file, "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("of sheet 'Libya mission'") && result.stdout.contains("amina-belhaj"), "\(result.stdout)")
        result = try run(["import", Self.fixtures + "contacts.xlsx", "--sheet", "Benghazi", "--into", file])
        #expect(result.status != 0 && result.stderr.contains("no sheet 'Benghazi'") && result.stderr.contains("'Libya mission'"), "\(result.stderr)")
        result = try run(["import", Self.fixtures + "contacts.csv", "--sheet", "Contacts", "--into", file])
        #expect(result.status != 0 && result.stderr.contains("no sheets"), "\(result.stderr)")
    }

    @Test("a broken cell is located (file, row, column and the cell's name); a zip bomb is refused; nothing is written", arguments: [
        ("broken-index.xlsx", "broken-index.xlsx:7:3: error: sheet 'Contacts', cell C7"),
        ("bomb-declared.xlsx", "zip bomb"),
        ("handmade.xlsx", ""),
    ])
    func refused(_ name: String, _ message: String) throws {
        let scratch = Scratch()
        let file = network(scratch, "net.yaml")
        let original = try String(contentsOfFile: file, encoding: .utf8)
        let result = try run(["import", Self.fixtures + name, "--into", file])
        if message.isEmpty {
            // The hand-written workbook is well formed: imported; the columns without a name are left out.
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("(column 27)") == false && result.stdout.contains("Far → custom field 'Far'"), "\(result.stdout)")
            #expect(try String(contentsOfFile: file, encoding: .utf8).contains("far away"))
            return
        }
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == original)
    }
}
