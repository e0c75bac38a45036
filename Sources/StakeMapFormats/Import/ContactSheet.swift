import CSV
import Foundation
import StakeMap

/// A contacts spreadsheet saved as CSV by Excel, LibreOffice, Google Sheets or Kumu: the header
/// and the rows, whatever the separator (`,` `;` tab), with or without a byte-order mark (UTF-8,
/// or UTF-16 as Excel's "Unicode text") — or one sheet of an Excel workbook (`.xlsx`).
public struct ContactSheet: Sendable {
    /// One row and the line it starts on.
    public struct Row: Sendable {
        /// The cells, trimmed.
        public var cells: [String]
        /// The 1-based line in the file (the row number in a workbook's sheet).
        public var line: Int
    }

    /// The file name, for diagnostics.
    public let file: String
    /// The column names as written.
    public let header: [String]
    /// The rows (blank rows left out).
    public let rows: [Row]
    /// The separator found (`,` for a workbook).
    public let delimiter: Character
    /// The sheet read, for a workbook (nil for CSV).
    public let sheetName: String?

    /// Reads `path`: CSV text, or the sheet `sheet` (the first when nil) of an `.xlsx` workbook.
    /// - Throws: `StakeMapError`: unreadable, not text, no header, no such sheet, or a cell that
    ///   cannot be read (located at its row and column).
    public init(path: String, sheet: String? = nil) throws(StakeMapError) {
        try ForeignFile.checkReadable(path, maxBytes: XLSXLimits().maxPartBytes)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StakeMapError(.unreadable, "cannot read '\(path)'")
        }
        let head = (try? handle.read(upToCount: 4)) ?? Data()
        try? handle.close()
        if XLSXWorkbook.looksLikeZIP(head) {
            var workbook = try XLSXWorkbook(path: path)
            let (name, rows) = try workbook.rows(ofSheet: sheet)
            try self.init(rows: rows.map { Row(cells: $0.cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }, line: $0.number) },
                          file: path, sheetName: name)
            return
        }
        if sheet != nil {
            throw StakeMapError(.badArgument, "'\(path)' is CSV text, which has no sheets", hint: "--sheet chooses a sheet of an .xlsx workbook")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StakeMapError(.unreadable, "cannot read '\(path)'")
        }
        try self.init(text: try Self.decode(data, path: path), file: path)
    }

    /// A sheet from rows already read: the first is the header.
    private init(rows: [Row], file: String, sheetName: String) throws(StakeMapError) {
        guard let first = rows.first else {
            throw StakeMapError(.invalidInput, "sheet '\(sheetName)' of '\(file)' is empty",
                                hint: "the first row names the columns: Name, Organisation, Role, Country, Email …",
                                at: SourceLocation(file: file, line: 1, column: 1))
        }
        self.file = file
        self.header = first.cells
        self.rows = Array(rows.dropFirst())
        self.delimiter = ","
        self.sheetName = sheetName
    }

    /// Reads a sheet from text.
    public init(text: String, file: String) throws(StakeMapError) {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let delimiter = CSVDelimiter.detect(text)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false,
                                   delimiter: delimiter)
        } catch {
            throw StakeMapError(.invalidInput, "cannot read '\(file)' as CSV: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
        var header: [String]?
        var rows: [Row] = []
        var line = 1
        while let cells = reader.next() {
            let start = line
            line += 1 + cells.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let trimmed = cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if header == nil { header = trimmed } else { rows.append(Row(cells: trimmed, line: start)) }
        }
        guard let header else {
            throw StakeMapError(.invalidInput, "'\(file)' has no header row", hint: "the first row names the columns: Name, Organisation, Role, Country, Email …",
                                at: SourceLocation(file: file, line: 1, column: 1))
        }
        self.file = file
        self.header = header
        self.rows = rows
        self.delimiter = Character(delimiter)
        self.sheetName = nil
    }

    private static func decode(_ data: Data, path: String) throws(StakeMapError) -> String {
        if data.starts(with: [0xFF, 0xFE]), let text = String(data: data.dropFirst(2), encoding: .utf16LittleEndian) { return text }
        if data.starts(with: [0xFE, 0xFF]), let text = String(data: data.dropFirst(2), encoding: .utf16BigEndian) { return text }
        if let text = String(data: data, encoding: .utf8) { return text }
        throw StakeMapError(.invalidInput, "'\(path)' is not UTF-8 text", hint: "save the sheet as 'CSV UTF-8'",
                                at: SourceLocation(file: path, line: 1, column: 1))
    }
}
