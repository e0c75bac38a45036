import Foundation
import StakeMap

/// A cell's text as a person sees it in the sheet (and as Excel's "Save as CSV" writes it):
/// shared and inline strings, numbers in plain decimal notation, `TRUE`/`FALSE`, dates in
/// ISO 8601 when the cell's style is a date format.
struct XLSXCellValue {
    /// The cell's `t` attribute (`s`, `str`, `inlineStr`, `b`, `e`, `d`, `n` or none).
    var type: String?
    /// The cell's `s` attribute: its style index.
    var style: Int?
    /// The text of `<v>`.
    var raw = ""
    /// The text of `<is>`'s `<t>` elements.
    var inline = ""

    /// The text, or a sentence saying what is wrong with the cell.
    func text(strings: [String], styles: XLSXStyles, date1904: Bool) -> Result<String, Problem> {
        let raw = raw.trimmingCharacters(in: .whitespaces)
        switch type {
        case "s":
            guard let index = Int(raw), index >= 0 else { return .failure(Problem("its shared-string index '\(raw)' is not a number")) }
            guard index < strings.count else {
                return .failure(Problem("it refers to shared string \(index), but the workbook has \(strings.count)"))
            }
            return .success(Self.unescaped(strings[index]))
        case "inlineStr": return .success(Self.unescaped(inline))
        case "str": return .success(Self.unescaped(self.raw))
        case "b": return .success(raw == "1" || raw == "true" ? "TRUE" : raw.isEmpty ? "" : "FALSE")
        case "e": return .success("")  // #N/A, #REF! …: no value
        case "d": return .success(raw.hasSuffix("T00:00:00") ? String(raw.dropLast(9)) : raw)
        default:
            if raw.isEmpty { return .success(inline.isEmpty ? "" : Self.unescaped(inline)) }
            guard let number = Double(raw), number.isFinite else { return .failure(Problem("'\(raw)' is not a number")) }
            if let display = style.flatMap(styles.display(ofStyle:)),
               let date = XLSXSerialDate.text(number, display: display, date1904: date1904) {
                return .success(date)
            }
            return .success(FieldValue.number(number).description)
        }
    }

    /// What is wrong with a cell.
    struct Problem: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    /// Excel's escapes of characters XML cannot hold (`_x000D_` for a carriage return) decoded.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }
}
