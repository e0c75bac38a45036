/// The separator of a CSV file as spreadsheets save it: `,`, or `;` (Excel and LibreOffice where
/// the decimal mark is a comma: French, Arabic, most of Europe), or a tab (`.tsv`, Excel's
/// "Unicode text"). The one place both the contact importer and the graph reader decide it.
public enum CSVDelimiter {
    /// The separators considered, in order of preference when the header has as many of each.
    public static let candidates: [UnicodeScalar] = [",", ";", "\t"]

    /// The separator that occurs most often in the header line of `text` (outside double
    /// quotes; a byte-order mark is skipped); `,` when none does.
    public static func detect<Text: StringProtocol>(_ text: Text) -> UnicodeScalar {
        var counts = [UnicodeScalar: Int]()
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle(); continue }
            if !quoted && (scalar == "\n" || scalar == "\r") { break }
            if !quoted && candidates.contains(scalar) { counts[scalar, default: 0] += 1 }
        }
        var best: UnicodeScalar = ","
        for candidate in candidates where counts[candidate, default: 0] > counts[best, default: 0] { best = candidate }
        return best
    }
}
