import CSV
import Foundation
import StakeMap

/// A contacts spreadsheet saved as CSV by Excel, LibreOffice, Google Sheets or Kumu: the header
/// and the rows, whatever the separator (`,` `;` tab), with or without a byte-order mark (UTF-8,
/// or UTF-16 as Excel's "Unicode text").
public struct ContactSheet: Sendable {
    /// One row and the line it starts on.
    public struct Row: Sendable {
        /// The cells, trimmed.
        public var cells: [String]
        /// The 1-based line in the file.
        public var line: Int
    }

    /// The file name, for diagnostics.
    public let file: String
    /// The column names as written.
    public let header: [String]
    /// The rows (blank rows left out).
    public let rows: [Row]
    /// The separator found.
    public let delimiter: Character

    /// Reads `path`.
    /// - Throws: `StakeMapError`: unreadable, not text, or no header.
    public init(path: String) throws(StakeMapError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StakeMapError(.unreadable, "cannot read '\(path)'")
        }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw StakeMapError(.unsupported, "'\(path)' is an Excel workbook (.xlsx)", hint: "save the sheet as 'CSV UTF-8' (File → Save as) and import that",
                                at: SourceLocation(file: path, line: 1, column: 1))
        }
        try self.init(text: try Self.decode(data, path: path), file: path)
    }

    /// Reads a sheet from text.
    public init(text: String, file: String) throws(StakeMapError) {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let counts: [(Character, Int)] = [",", ";", "\t"].map { separator in (separator, firstLine.filter { $0 == separator }.count) }
        let delimiter = counts.max { $0.1 < $1.1 }.map { $0.1 > 0 ? $0.0 : "," } ?? ","
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false,
                                   delimiter: delimiter.unicodeScalars.first ?? ",")
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
        self.delimiter = delimiter
    }

    private static func decode(_ data: Data, path: String) throws(StakeMapError) -> String {
        if data.starts(with: [0xFF, 0xFE]), let text = String(data: data.dropFirst(2), encoding: .utf16LittleEndian) { return text }
        if data.starts(with: [0xFE, 0xFF]), let text = String(data: data.dropFirst(2), encoding: .utf16BigEndian) { return text }
        if let text = String(data: data, encoding: .utf8) { return text }
        throw StakeMapError(.invalidInput, "'\(path)' is not UTF-8 text", hint: "save the sheet as 'CSV UTF-8'",
                                at: SourceLocation(file: path, line: 1, column: 1))
    }
}
