import CSV
import Foundation

/// Renders rows as RFC 4180 CSV text through CSV.swift (quoting handled there, never by hand).
public enum CSVText {
    /// The CSV text of `rows` (the first row is usually the header), newline-terminated.
    public static func render(_ rows: [[String]]) -> String {
        guard let writer = try? CSVWriter(stream: .toMemory()) else { return "" }
        for row in rows { try? writer.write(row: row) }
        writer.stream.close()
        guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        let text = String(decoding: data, as: UTF8.self)
        return text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
    }
}
