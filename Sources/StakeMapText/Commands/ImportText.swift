import StakeMap
import StakeMapFormats

/// The words of `stakemap import`: the column mapping and the summary of what happened, in
/// the language of `words`. Headers, names, ids, files and values stay as written (isolated in
/// Arabic); rows are named as lines of a CSV file or rows of a workbook's sheet.
public enum ImportText {
    /// Which column went where.
    public static func mapping(_ result: ContactImport, sheet: ContactSheet, words: Words) -> String {
        let source: String
        if let name = sheet.sheetName {
            source = words(.importOfSheet, ["sheet": value(name, words)])
        } else if sheet.delimiter == "\t" {
            source = words(.importTab)
        } else {
            source = words(.importSeparatedBy, ["separator": .text(String(sheet.delimiter))])
        }
        var lines = [words(.importColumns, ["rows": .count(sheet.rows.count, .row), "source": .worded(source)])]
        for (header, column) in result.mapping {
            lines.append(words(.importColumnLine, ["header": value(header, words),
                                                   "column": .worded(self.column(column, level: result.protectedSensitivity, words))]))
        }
        return lines.joined(separator: "\n")
    }

    /// Added, merged, uncertain, conflicts, skipped.
    public static func summary(_ result: ContactImport, written: Bool, file: String, inSheet: Bool, words: Words) -> String {
        let rowName = { (line: Int) in words(inSheet ? .importSheetRow : .importFileLine, ["line": .number(line)]) }
        let file = code(file, words)
        var lines: [String] = []
        if result.change.isEmpty {
            lines.append(words(.importNothing, ["file": file]))
        } else {
            let ids = result.added.isEmpty ? ""
                : words(.importAddedIDs, ["ids": .worded(result.added.map { words.value(code($0, words)) }.joined(separator: words.catalog.comma))])
            lines.append(words(written ? .importAdded : .importWouldAdd,
                               ["file": file, "actors": .count(result.added.count, .actor), "ties": .count(result.change.ties.count, .tie)]) + ids)
        }
        lines.append(words(.importMerged, ["rows": .count(result.merged.count, .row)]))
        for merge in result.merged where !merge.added.isEmpty {
            let added = merge.added.map { addition($0, words) }.joined(separator: words.catalog.comma)
            lines.append(words(.importMergedRow, ["row": .worded(rowName(merge.line)), "id": code(merge.id, words), "added": .worded(added)]))
        }
        if result.protectedContacts > 0 {
            lines.append(words(.importProtected, ["number": .number(result.protectedContacts), "count": .count(result.protectedContacts, .actor),
                                                  "level": .worded(sensitivity(result.protectedSensitivity, words))]))
        }
        if !result.uncertain.isEmpty {
            lines.append(words(.importUncertain, ["rows": .count(result.uncertain.count, .row)]))
            for item in result.uncertain {
                let candidates = item.candidates.map { words.value(code($0, words)) }.joined(separator: words(.or))
                lines.append(words(.importUncertainRow, ["row": .worded(rowName(item.line)), "name": value(item.name, words),
                                                         "candidates": .worded(candidates)]))
            }
        }
        if !result.conflicts.isEmpty {
            lines.append(words(.importConflicts, ["number": .number(result.conflicts.count)]))
            for conflict in result.conflicts {
                lines.append(words(.importConflictRow, ["row": .worded(rowName(conflict.line)), "id": code(conflict.id, words),
                                                        "field": .worded(field(conflict.field, words)),
                                                        "record": value(conflict.record, words), "sheet": value(conflict.sheet, words)])
                             + (conflict.tookSheet ? words(.importTookSheet) : ""))
            }
        }
        for (items, heading) in [(result.skipped, words(.importSkipped, ["rows": .count(result.skipped.count, .row)])),
                                 (result.warnings, words(.importValuesLeftOut, ["number": .number(result.warnings.count)]))] where !items.isEmpty {
            lines.append(heading)
            for item in items {
                lines.append(words(.importSkippedRow, ["row": .worded(rowName(item.line)), "reason": .worded(reason(item.reason, words))]))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// An entry of the receiving file that gains keys: `(in hanan: fields, country)`.
    public static func update(id: String, keys: [String], words: Words) -> String {
        words(.importUpdate, ["id": code(id, words), "keys": .worded(keys.map { field($0, words) }.joined(separator: words.catalog.comma))])
    }

    /// Where a column goes; contact details get the sensitivity `level` (`--contact-sensitivity`).
    static func column(_ column: ContactColumn, level: Sensitivity, _ words: Words) -> String {
        switch column {
        case .email: words(.importContactField, ["key": code("email", words), "level": .worded(sensitivity(level, words))])
        case .phone: words(.importContactField, ["key": code("phone", words), "level": .worded(sensitivity(level, words))])
        case .organisation: words(.importOrganisation)
        case .country: words(.importCountry)
        case let .nameIn(language): words(.importNameIn, ["language": code(language, words)])
        case let .field(key): key.isEmpty ? words(.importUnnamedColumn) : words(.importCustomField, ["key": value(key, words)])
        // The other columns are the model's fields of the same name (`title`, `tags`, `aliases`).
        case .id, .name, .title, .note, .tags, .kind, .gender, .place, .aliases: words(CommandMessage.fieldName(column.description))
        }
    }

    private static func addition(_ addition: ContactImport.Addition, _ words: Words) -> String {
        switch addition {
        case let .name(language): language.isEmpty ? words(.importAddedPlainName) : words(.importNameIn, ["language": code(language, words)])
        case let .field(key): words.value(value(key, words))
        case .tags: words(.importAddedTags)
        case let .fromSheet(field): words(.importAddedFromSheet, ["field": .worded(self.field(field, words))])
        case let .sensitivity(level): words(.importAddedSensitivity, ["level": .worded(sensitivity(level, words))])
        }
    }

    private static func reason(_ reason: ContactImport.SkipReason, _ words: Words) -> String {
        switch reason {
        case .noName: words(.importNoName)
        case let .unknownCountry(text): words(.importUnknownCountry, ["value": value(text, words)])
        }
    }

    /// A field of the model in words (`country`, `title`), a custom field (`fields.KEY`) as written.
    private static func field(_ key: String, _ words: Words) -> String {
        key.hasPrefix("fields.") ? words.value(code(key, words)) : words(CommandMessage.fieldName(key))
    }

    private static func sensitivity(_ level: Sensitivity, _ words: Words) -> String {
        words.language == .en ? level.rawValue : words.name(of: level)
    }

    /// A value as typed (a header, a name, a record's value): isolated in Arabic when its
    /// direction differs, as written in English.
    private static func value(_ text: String, _ words: Words) -> TextValue {
        ResolutionText.quoted(text, words)
    }

    /// An id, a file or a code: isolated in Arabic.
    private static func code(_ text: String, _ words: Words) -> TextValue {
        ResolutionText.id(text, words)
    }
}
