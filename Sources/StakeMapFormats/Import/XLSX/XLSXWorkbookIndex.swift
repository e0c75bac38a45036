import Foundation
import StakeMap

/// What `xl/workbook.xml` and its relationships say: the sheets, in tab order, with the part each
/// is stored in, and the date system.
struct XLSXWorkbookIndex {
    /// A sheet and its part (`xl/worksheets/sheet1.xml`).
    struct Sheet {
        var name: String
        var part: String
    }

    /// The sheets in tab order.
    var sheets: [Sheet] = []
    /// Whether serial dates count from 1904 (old Mac workbooks) rather than 1900.
    var date1904 = false

    /// Reads the index of the workbook in `archive`.
    /// - Throws: `StakeMapError` `.invalidInput` when the workbook has no sheet, or a part is malformed.
    init(_ archive: inout XLSXArchive) throws(StakeMapError) {
        let file = archive.file
        let here = SourceLocation(file: file, line: 1, column: 1)
        guard let workbook = try archive.read("xl/workbook.xml") else {
            throw StakeMapError(.invalidInput, "'\(file)' is a ZIP archive but not an Excel workbook (no xl/workbook.xml)",
                                hint: "an .xlsx from Excel, LibreOffice or Google Sheets has one; .xls and .ods are not read: save as .xlsx or 'CSV UTF-8'",
                                at: here)
        }
        var targets: [String: String] = [:]
        if let relations = try archive.read("xl/_rels/workbook.xml.rels") {
            try XLSXXMLPart.parse(relations, file: file, part: "xl/_rels/workbook.xml.rels") { event in
                if case let .start("Relationship", attributes) = event, let id = attributes["Id"], let target = attributes["Target"] {
                    targets[id] = target
                }
            }
        }
        var sheets: [(name: String, relation: String?)] = []
        var date1904 = false
        try XLSXXMLPart.parse(workbook, file: file, part: "xl/workbook.xml") { event in
            guard case let .start(name, attributes) = event else { return }
            if name == "sheet", let sheetName = attributes["name"] {
                sheets.append((sheetName, attributes["id"]))
            } else if name == "workbookPr", let value = attributes["date1904"] {
                date1904 = value == "1" || value == "true"
            }
        }
        guard !sheets.isEmpty else {
            throw StakeMapError(.invalidInput, "'\(file)' has no sheet", at: here)
        }
        self.date1904 = date1904
        self.sheets = sheets.enumerated().map { index, sheet in
            let target = sheet.relation.flatMap { targets[$0] } ?? "worksheets/sheet\(index + 1).xml"
            return Sheet(name: sheet.name, part: Self.resolve(target))
        }
    }

    /// A relationship target as an archive path: relative to `xl/`, or absolute from the root.
    private static func resolve(_ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = ["xl"]
        for component in target.split(separator: "/") {
            if component == ".." { _ = parts.popLast() } else if component != "." { parts.append(String(component)) }
        }
        return parts.joined(separator: "/")
    }
}
