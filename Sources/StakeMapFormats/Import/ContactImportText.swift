import StakeMap

/// The words of `stakemap import`: the column mapping and the summary of what happened.
public enum ContactImportText {
    /// Which column went where.
    public static func mapping(_ result: ContactImport, sheet: ContactSheet) -> String {
        let separator = sheet.delimiter == "\t" ? "tab" : "'\(sheet.delimiter)'"
        let source = sheet.sheetName.map { "of sheet '\($0)'" } ?? "separated by \(separator)"
        var lines = ["columns (\(sheet.rows.count) rows, \(source)):"]
        for (header, column) in result.mapping { lines.append("  \(header) → \(column)") }
        return lines.joined(separator: "\n")
    }

    /// Added, merged, uncertain, conflicts, skipped; rows are named by `rowWord` and their number
    /// (`line 4` in a CSV file, `row 4` in a workbook's sheet).
    public static func summary(_ result: ContactImport, written: Bool, file: String, rowWord: String = "line") -> String {
        var lines: [String] = []
        let verb = written ? "added to \(file)" : "would add to \(file)"
        lines.append("\(verb): \(result.added.count) actors, \(result.change.ties.count) ties"
                     + (result.added.isEmpty ? "" : " (" + result.added.joined(separator: ", ") + ")"))
        if result.change.isEmpty { lines[0] = "nothing to add to \(file)" }
        lines.append("merged: \(result.merged.count) rows into existing actors")
        for merge in result.merged where !merge.added.isEmpty {
            lines.append("  \(rowWord) \(merge.line): \(merge.id) (+ \(merge.added.joined(separator: ", ")))")
        }
        if result.protectedContacts > 0 {
            lines.append("\(result.protectedContacts) new actors carry an email or phone and are restricted (--contact-sensitivity to change)")
        }
        if !result.uncertain.isEmpty {
            lines.append("uncertain: \(result.uncertain.count) rows left out (check them, then --merge-uncertain to merge):")
            for item in result.uncertain {
                lines.append("  \(rowWord) \(item.line): '\(item.name)' may be \(item.candidates.joined(separator: " or "))")
            }
        }
        if !result.conflicts.isEmpty {
            lines.append("conflicts: \(result.conflicts.count) (the record's value is kept unless marked; --prefer sheet takes the sheet's where the entry is in this file):")
            for conflict in result.conflicts {
                lines.append("  \(rowWord) \(conflict.line): \(conflict.id) \(conflict.field): record '\(conflict.record)', sheet '\(conflict.sheet)'"
                             + (conflict.tookSheet ? " — took the sheet's" : ""))
            }
        }
        if !result.skipped.isEmpty || !result.warnings.isEmpty {
            lines.append("skipped: \(result.skipped.count) rows")
            for item in result.skipped + result.warnings { lines.append("  \(rowWord) \(item.line): \(item.reason)") }
        }
        return lines.joined(separator: "\n")
    }
}
