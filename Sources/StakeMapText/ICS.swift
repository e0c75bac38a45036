import Foundation
import StakeMap

/// RFC 5545 text helpers (the one ICS escaper): TEXT escaping and line folding at 75 octets.
public enum ICS {
    /// TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, newlines as `\n`.
    public static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\r": continue
            default:
                // Other control characters are not allowed in TEXT (RFC 5545 §3.1).
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A content line folded so that no line exceeds 75 octets (RFC 5545 §3.1): CRLF followed
    /// by one space, never inside a UTF-8 sequence. Ends with CRLF.
    public static func fold(_ line: String) -> String {
        var result = "", current = 0, limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if current + size > limit {
                result += "\r\n "
                current = 1
                limit = 75
            }
            result.unicodeScalars.append(scalar)
            current += size
        }
        return result + "\r\n"
    }

    /// `YYYYMMDD` of a day number (days since 0001-01-01, as `PartialDate.firstDayNumber`).
    public static func date(dayNumber: Int) -> String {
        // Civil from days (Howard Hinnant), counted from 1970-01-01.
        let days = dayNumber - (PartialDate(year: 1970, month: 1, day: 1)?.firstDayNumber ?? 0)
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let doe = shifted - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return String(format: "%04d%02d%02d", year, month, day)
    }
}
