import CSV
import Foundation

/// One CSV file read row by row through CSV.swift, with the line each row starts on.
///
/// Streaming: one row is held at a time. Rows spanning lines (quoted newlines) are counted, so
/// line numbers are those an editor shows. Blank lines are skipped.
struct CSVGraphTable {
    /// A row and where it starts.
    struct Row {
        var fields: [String]
        var line: Int
    }

    let file: String
    private let reader: CSVReader
    private let maxRows: Int
    private var nextLine = 1
    private var rowCount = 0
    private var finished = false

    /// Opens `path` (already checked readable and within the size limit); the separator is the
    /// one its header line shows (`CSVDelimiter`).
    init(path: String, maxRows: Int) throws(StakeMapError) {
        let handle = FileHandle(forReadingAtPath: path)
        let head = (try? handle?.read(upToCount: 1 << 16)) ?? nil
        try? handle?.close()
        let delimiter = CSVDelimiter.detect(String(decoding: head ?? Data(), as: UTF8.self))
        guard let stream = InputStream(fileAtPath: path) else {
            throw StakeMapError(.unreadable, "cannot open '\(path)'")
        }
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: false, delimiter: delimiter)
        } catch {
            throw StakeMapError(.unreadable, "cannot read '\(path)': \(error)")
        }
        self.file = path
        self.maxRows = maxRows
    }

    /// The location of field `index` (0-based) of a row on `line`: the column is the 1-based field position.
    func location(line: Int, field index: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: index + 1)
    }

    /// The next non-blank row, or nil at the end; an undecodable file or too many rows end it with an error.
    mutating func nextRow(report: inout ForeignReport) -> Row? {
        while !finished {
            guard let fields = reader.next() else {
                finished = true
                checkReaderError(line: nextLine, report: &report)
                return nil
            }
            let line = nextLine
            nextLine += 1 + Self.lineBreaks(in: fields)
            if checkReaderError(line: line, report: &report) {
                finished = true
                return nil
            }
            if fields.count == 1 && fields[0].isEmpty { continue }
            rowCount += 1
            if rowCount > maxRows + 1 {  // the header row is not counted
                report.limit("more than \(maxRows) rows", at: location(line: line, field: 0),
                             hint: "split the file, or raise the reader's row limit")
                finished = true
                return nil
            }
            return Row(fields: fields, line: line)
        }
        return nil
    }

    /// Reports a decoding or stream error of CSV.swift; true when there was one.
    @discardableResult
    private func checkReaderError(line: Int, report: inout ForeignReport) -> Bool {
        guard let error = reader.error else { return false }
        switch error {
        case CSVError.unicodeDecoding:
            report.error("the file is not valid UTF-8 text (from here on)", at: SourceLocation(file: file, line: line, column: 1),
                         hint: "save it as CSV UTF-8; a binary file cannot be read as CSV")
        case CSVError.streamErrorHasOccurred(let cause):
            report.error("cannot read the file: \(cause.localizedDescription)", at: SourceLocation(file: file, line: line, column: 1))
        default:
            // On Linux CSV.swift reports `cannotReadFile` when a stream is at its end: not an error.
            return false
        }
        return true
    }

    /// The line breaks inside a row's quoted fields (CR LF counts once).
    private static func lineBreaks(in fields: [String]) -> Int {
        var count = 0
        for field in fields {
            var previous: UInt8 = 0
            for byte in field.utf8 {
                if byte == 0x0A && previous != 0x0D || byte == 0x0D { count += 1 }
                previous = byte
            }
        }
        return count
    }
}
