import Foundation
import Testing
import StakeMapFormats

/// Excel workbooks read for their cells: strings, numbers, booleans, dates, column letters,
/// located errors and the zip-bomb guard. Fixtures: scripts/make-xlsx-fixtures.py.
@Suite("XLSX reader")
struct XLSXWorkbookTests {
    private func rows(_ name: String, sheet: String? = nil, limits: XLSXLimits = XLSXLimits()) throws -> (sheet: String, rows: [(number: Int, cells: [String])]) {
        var workbook = try XLSXWorkbook(path: ForeignFiles.fixture("xlsx/" + name), limits: limits)
        return try workbook.rows(ofSheet: sheet)
    }

    private func failure(_ name: String, sheet: String? = nil, limits: XLSXLimits = XLSXLimits()) -> StakeMapError? {
        do {
            _ = try rows(name, sheet: sheet, limits: limits)
            return nil
        } catch let error as StakeMapError {
            return error
        } catch {
            return nil
        }
    }

    @Test("openpyxl's workbook: shared strings in Arabic, a date style, booleans, whole and decimal numbers, sheets by name")
    func openpyxlWorkbook() throws {
        let workbook = try XLSXWorkbook(path: ForeignFiles.fixture("xlsx/contacts.xlsx"))
        #expect(workbook.sheetNames == ["Contacts", "Libya mission"])
        let (sheet, rows) = try rows("contacts.xlsx")
        #expect(sheet == "Contacts")
        #expect(rows.map(\.number) == [1, 2, 3, 4, 5])
        #expect(rows[0].cells == ["Name", "Organisation", "Role", "Country", "Email", "Phone", "Met on", "Active", "Meetings"])
        #expect(rows[1].cells == ["حنان صالح", "تحالف المرأة الليبية", "منسقة", "ليبيا", "hanan@example.org", "+218 91 000 0000",
                                  "2024-03-14", "TRUE", "3"])
        #expect(rows[3].cells == ["Stephanie Williams", "UNSMIL", "Special Adviser", "United States", "sw@example.org", "", "", "TRUE", "12"])
        #expect(rows[4].cells[5...] == ["218912345678", "2022-01-31", "TRUE", "4.5"])
        let other = try self.rows("contacts.xlsx", sheet: "libya MISSION")
        #expect(other.sheet == "Libya mission" && other.rows[1].cells == ["Amina Belhaj", "Avocate", "Libye"])
    }

    @Test("the same cells as the CSV the fixtures' script wrote from the same data")
    func sameAsCSV() throws {
        let csv = try String(contentsOfFile: ForeignFiles.fixture("xlsx/contacts.csv"), encoding: .utf8)
        let lines = (csv.hasPrefix("\u{FEFF}") ? csv.dropFirst() : Substring(csv)).split(separator: "\r\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        let cells = try rows("contacts.xlsx").rows.map { $0.cells + Array(repeating: "", count: 9 - $0.cells.count) }
        #expect(cells == lines)
    }

    @Test("by hand: inline and rich strings, phonetic runs left out, rows and cells without references, AA, formulas' values, errors, date and time styles")
    func handmade() throws {
        let rows = try rows("handmade.xlsx").rows
        #expect(rows.map(\.number) == [1, 2, 5])  // row 9 holds only spaces
        let header = rows[0].cells
        #expect(header.count == 27 && header[0...3] == ["Name", "Organisation", "Date", "Flag"] && header[26] == "Far")
        #expect(rows[1].cells == ["علياء", "WPS", "2024-03-14", "TRUE"])
        let row5 = rows[2].cells
        #expect(row5[0] == "line one\r\nline two")
        #expect(row5[1] == "")  // #N/A
        #expect(row5[2] == "2023-02-01")  // dd/mm/yyyy
        #expect(row5[3] == "FALSE")
        #expect(row5[4] == "12:00")  // built-in 20, h:mm
        #expect(row5[5] == "2024-03-14T18:00")  // built-in 22, m/d/yy h:mm
        #expect(row5[6] == "0.1" && row5[7] == "1500")
        #expect(row5[26] == "far away")
    }

    @Test("the 1904 date system and a namespace prefix")
    func date1904() throws {
        let (sheet, rows) = try rows("date1904.xlsx")
        #expect(sheet == "Old Mac")
        #expect(rows[0].cells == ["1904-01-01", "2024-03-14"])
    }

    @Test("a shared-string index past the end is located at its cell; an unknown sheet lists the sheets")
    func locatedErrors() throws {
        let error = try #require(failure("broken-index.xlsx"))
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.message.contains("sheet 'Contacts', cell C7") && diagnostic.message.contains("shared string 5"))
        #expect(diagnostic.location?.line == 7 && diagnostic.location?.column == 3)
        let missing = try #require(failure("contacts.xlsx", sheet: "Tripoli"))
        #expect(missing.code == .badArgument && missing.diagnostics.first?.hint?.contains("'Libya mission'") == true)
    }

    @Test("zip bombs: a part declared past the limit is refused before inflating; one that lies is stopped at the limit")
    func bombs() throws {
        let declared = try #require(failure("bomb-declared.xlsx"))
        #expect(declared.code == .limitExceeded && declared.description.contains("zip bomb"))
        // 20 MB of spaces from 20 KB, its header claiming 1 KB.
        let counted = try #require(failure("bomb.xlsx", limits: XLSXLimits(maxPartBytes: 4 << 20)))
        #expect(counted.code == .limitExceeded && counted.description.contains("xl/worksheets/sheet1.xml"))
        // Under the default limits its ratio (1000:1) refuses it; allowed that ratio, libxml2's own
        // bound on a text node (10 MB) stops the parse, located in the part.
        let ratio = try #require(failure("bomb.xlsx"))
        #expect(ratio.code == .limitExceeded)
        let huge = try #require(failure("bomb.xlsx", limits: XLSXLimits(maxRatio: 5_000)))
        #expect(huge.description.contains("'xl/worksheets/sheet1.xml' is not well-formed XML at its line 1"), "\(huge)")
    }

    @Test("column letters")
    func columnLetters() throws {
        let workbook = try XLSXWorkbook(path: ForeignFiles.fixture("xlsx/handmade.xlsx"))
        #expect(workbook.sheetNames == ["Sheet1"])
        #expect(XLSXWorkbook.columnLetters(1) == "A" && XLSXWorkbook.columnLetters(26) == "Z" && XLSXWorkbook.columnLetters(27) == "AA"
                && XLSXWorkbook.columnLetters(702) == "ZZ" && XLSXWorkbook.columnLetters(703) == "AAA" && XLSXWorkbook.columnLetters(16_384) == "XFD")
    }

    @Test("damaged workbooks (truncated anywhere, a byte changed anywhere) are errors, never crashes")
    func damaged() throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: ForeignFiles.fixture("xlsx/handmade.xlsx")))
        var variants: [Data] = stride(from: 0, to: original.count, by: 13).map { original.prefix($0) }
        for position in stride(from: 0, to: original.count, by: 7) {
            var changed = original
            changed[position] ^= 0x5A
            variants.append(changed)
        }
        var refused = 0
        for bytes in variants {
            let path = try ForeignFiles.write(bytes, named: "damaged.xlsx")
            do {
                var workbook = try XLSXWorkbook(path: path)
                _ = try workbook.rows()
            } catch {
                refused += 1
            }
        }
        #expect(refused > variants.count / 2)
    }
}
