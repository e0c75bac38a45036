import Foundation
import StakeMap

/// The rows of one worksheet part (`xl/worksheets/sheet1.xml`): each `<row>`'s cells placed by
/// their references (`B7`; cells without one follow the previous), gaps filled with empty text.
struct XLSXSheetReader {
    /// A row: its 1-based number in the sheet and its cells from column A.
    struct Row {
        var number: Int
        var cells: [String]
    }

    let file: String
    let sheet: String
    let strings: [String]
    let styles: XLSXStyles
    let date1904: Bool
    let limits: XLSXLimits

    /// The non-empty rows of the sheet stored in `data`.
    /// - Throws: `StakeMapError` located at the cell (row and column) that cannot be read.
    func rows(_ data: Data, part: String) throws(StakeMapError) -> [Row] {
        var rows: [Row] = []
        var row = Row(number: 0, cells: [])
        var cell = XLSXCellValue()
        var column = 0
        var target: WritableKeyPath<XLSXCellValue, String>?
        var inInline = false, phonetic = 0
        try XLSXXMLPart.parse(data, file: file, part: part) { event throws(StakeMapError) in
            switch event {
            case let .start("row", attributes):
                let number = try attributes["r"].map { text throws(StakeMapError) -> Int in
                    guard let number = Int(text), number > 0 else {
                        throw located("the row number '\(text)' is not a number", at: XLSXCellReference(column: 1, row: row.number + 1))
                    }
                    return number
                } ?? row.number + 1
                guard number <= limits.maxRows else {
                    throw StakeMapError(.limitExceeded, "sheet '\(sheet)' has more than \(limits.maxRows) rows",
                                        at: SourceLocation(file: file, line: number, column: 1))
                }
                row = Row(number: number, cells: [])
                column = 0
            case .end("row"):
                if row.cells.contains(where: { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { rows.append(row) }
            case let .start("c", attributes):
                if let reference = attributes["r"] {
                    guard let parsed = XLSXCellReference(reference) else {
                        throw located("'\(reference)' is not a cell reference (a column A–XFD and a row number)",
                                      at: XLSXCellReference(column: column + 1, row: row.number))
                    }
                    column = parsed.column
                } else {
                    column += 1
                }
                guard column <= XLSXCellReference.maxColumn else {
                    throw located("the row has more than \(XLSXCellReference.maxColumn) columns", at: XLSXCellReference(column: column, row: row.number))
                }
                cell = XLSXCellValue(type: attributes["t"], style: attributes["s"].flatMap(Int.init))
            case .end("c"):
                let here = XLSXCellReference(column: column, row: row.number)
                switch cell.text(strings: strings, styles: styles, date1904: date1904) {
                case let .success(text):
                    if !text.isEmpty {
                        if row.cells.count < column { row.cells += Array(repeating: "", count: column - row.cells.count) }
                        row.cells[column - 1] = text
                    }
                case let .failure(problem):
                    throw located(problem.message, at: here)
                }
            case .start("v", _): target = \.raw
            case .start("is", _): inInline = true
            case .end("is"): inInline = false
            case .start("rPh", _): phonetic += 1
            case .end("rPh"): phonetic -= 1
            case .start("t", _) where inInline && phonetic == 0: target = \.inline
            case .end("v"), .end("t"): target = nil
            case let .text(text):
                if let target { cell[keyPath: target] += text }
            default: break
            }
        }
        return rows
    }

    private func located(_ message: String, at reference: XLSXCellReference) -> StakeMapError {
        StakeMapError(.invalidInput, "sheet '\(sheet)', cell \(reference): \(message)",
                      at: SourceLocation(file: file, line: reference.row, column: reference.column))
    }
}
