import Foundation
import StakeMap

/// Which cell styles (`s="3"`) show a number as a date or a time, from `xl/styles.xml`: the
/// built-in date formats (14–22, 27–36 and 45–47, 50–58 in East Asian locales) and every custom
/// format whose code has day, month-with-year or hour fields outside quotes and brackets.
struct XLSXStyles {
    /// How a number in a style reads.
    enum Display {
        case date
        case dateTime
        case time
    }

    /// The display of each date style, by its index in `cellXfs`.
    private(set) var displays: [Int: Display] = [:]

    /// No date styles (a workbook without `xl/styles.xml`).
    init() {}

    /// Reads `xl/styles.xml` from `archive`, when there is one.
    /// - Throws: `StakeMapError` `.invalidInput` when it is malformed.
    init(_ archive: inout XLSXArchive) throws(StakeMapError) {
        guard let data = try archive.read("xl/styles.xml") else { return }
        var custom: [Int: String] = [:]
        var formats: [Int] = []
        var inCellFormats = false
        try XLSXXMLPart.parse(data, file: archive.file, part: "xl/styles.xml") { event in
            switch event {
            case let .start("numFmt", attributes):
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { custom[id] = code }
            case .start("cellXfs", _): inCellFormats = true
            case .end("cellXfs"): inCellFormats = false
            case let .start("xf", attributes) where inCellFormats:
                formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }
        for (index, id) in formats.enumerated() {
            if let display = custom[id].map(Self.display(ofCode:)) ?? Self.builtIn(id) { displays[index] = display }
        }
    }

    /// The display of style `index`, nil for a plain number.
    func display(ofStyle index: Int) -> Display? {
        displays[index]
    }

    private static func builtIn(_ id: Int) -> Display? {
        switch id {
        case 14...17, 27...31, 34...36, 50...58: .date
        case 22: .dateTime
        case 18...21, 32, 33, 45...47: .time
        default: nil
        }
    }

    /// The display of a custom format code such as `yyyy\-mm\-dd`, `dd/mm/yyyy hh:mm` or `[$-409]d-mmm-yy`.
    static func display(ofCode code: String) -> Display? {
        let section = code.split(separator: ";", omittingEmptySubsequences: false).first ?? ""
        var letters = ""
        var inQuotes = false, inBrackets = false, escaped = false
        for character in section {
            if escaped { escaped = false; continue }
            switch character {
            case "\\", "_", "*": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            default:
                if !inQuotes && !inBrackets { letters.append(contentsOf: character.lowercased()) }
            }
        }
        let hasDate = letters.contains("y") || letters.contains("d")
        let hasTime = letters.contains("h") || letters.contains("s")
        let elapsed = section.contains("[h") || section.contains("[m") || section.contains("[s")
        if hasDate { return hasTime ? .dateTime : .date }
        return hasTime || elapsed ? .time : nil
    }
}
