import Foundation
import StakeMap

/// An Excel workbook (`.xlsx`, Office Open XML) read for its cell values: the sheet names and the
/// rows of one sheet, as text. The archive is read within `XLSXLimits` (a guard against zip
/// bombs), every XML part through the project's libxml2 stream parser (no DTD, no entities).
public struct XLSXWorkbook {
    /// The workbook's path, as given.
    public let file: String
    /// The sheet names, in tab order.
    public var sheetNames: [String] { index.sheets.map(\.name) }

    private var archive: XLSXArchive
    private let index: XLSXWorkbookIndex
    private let limits: XLSXLimits

    /// Whether `data` starts like a ZIP archive (an `.xlsx`, `.docx` … or any ZIP).
    public static func looksLikeZIP(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// Opens the workbook at `path`.
    /// - Throws: `StakeMapError` `.unreadable`, `.limitExceeded` or `.invalidInput`.
    public init(path: String, limits: XLSXLimits = XLSXLimits()) throws(StakeMapError) {
        var archive = try XLSXArchive(path: path, limits: limits)
        index = try XLSXWorkbookIndex(&archive)
        self.archive = archive
        self.file = path
        self.limits = limits
    }

    /// The sheet `name` (the first sheet when nil): its name and non-empty rows, each with its
    /// row number in the sheet.
    /// - Throws: `StakeMapError` `.badArgument` (no such sheet), or a problem located at a cell.
    public mutating func rows(ofSheet name: String? = nil) throws(StakeMapError) -> (sheet: String, rows: [(number: Int, cells: [String])]) {
        let sheet: XLSXWorkbookIndex.Sheet
        if let name {
            guard let found = index.sheets.first(where: { $0.name == name })
                    ?? index.sheets.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) else {
                throw StakeMapError(.badArgument, "'\(file)' has no sheet '\(name)'",
                                    hint: "its sheets: " + sheetNames.map { "'\($0)'" }.joined(separator: ", "))
            }
            sheet = found
        } else if let first = index.sheets.first {
            sheet = first
        } else {
            throw StakeMapError(.invalidInput, "'\(file)' has no sheet")
        }
        let strings = try XLSXSharedStrings.read(&archive, limits: limits)
        let styles = try XLSXStyles(&archive)
        guard let data = try archive.read(sheet.part) else {
            throw StakeMapError(.invalidInput, "'\(file)': sheet '\(sheet.name)' is missing its part '\(sheet.part)'",
                                hint: "open the workbook in Excel or LibreOffice and save it again",
                                at: SourceLocation(file: file, line: 1, column: 1))
        }
        let reader = XLSXSheetReader(file: file, sheet: sheet.name, strings: strings, styles: styles, date1904: index.date1904, limits: limits)
        return (sheet.name, try reader.rows(data, part: sheet.part).map { ($0.number, $0.cells) })
    }
}

extension XLSXWorkbook {
    /// A column's letters as Excel shows them: 1 → `A`, 27 → `AA`, 16384 → `XFD`.
    public static func columnLetters(_ column: Int) -> String {
        XLSXCellReference.letters(column)
    }
}
