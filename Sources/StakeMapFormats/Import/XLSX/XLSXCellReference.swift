/// A cell's A1 reference (`B7`, `AA12`): the column letters and the row number.
struct XLSXCellReference: Hashable, CustomStringConvertible {
    /// The 1-based column (A = 1, Z = 26, AA = 27, XFD = 16384, Excel's last).
    var column: Int
    /// The 1-based row.
    var row: Int

    /// The most columns a sheet has.
    static let maxColumn = 16_384

    /// Reads `B7` (a `$` before either part is allowed); nil when it is no cell reference or lies
    /// outside Excel's 16384 columns.
    init?(_ text: String) {
        var column = 0, row = 0, letters = 0, digits = 0
        for scalar in text.unicodeScalars where scalar != "$" {
            switch scalar.value {
            case 65...90 where digits == 0, 97...122 where digits == 0:
                column = column * 26 + Int(scalar.value & 0x1F)
                letters += 1
                if letters > 3 { return nil }
            case 48...57 where letters > 0:
                row = row * 10 + Int(scalar.value - 48)
                digits += 1
                if digits > 9 { return nil }
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, row > 0, column <= Self.maxColumn else { return nil }
        self.column = column
        self.row = row
    }

    /// A reference from its parts.
    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// The column's letters: 1 → `A`, 27 → `AA`.
    static func letters(_ column: Int) -> String {
        var number = column, result = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            result = String(UnicodeScalar(UInt8(65 + remainder))) + result
            number = (number - 1) / 26
        }
        return result
    }

    /// `B7`.
    var description: String { Self.letters(column) + String(row) }
}
