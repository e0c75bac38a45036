/// Excel's serial dates as ISO 8601 text: days since 1899-12-31 (with Lotus 1-2-3's phantom
/// 1900-02-29 as serial 60) or since 1904-01-01, the fraction being the time of day.
enum XLSXSerialDate {
    /// `2024-03-14`, `2024-03-14T09:30` or `09:30:15` for `serial` in `display`; nil when the
    /// number is no date (negative, or past the year 9999).
    static func text(_ serial: Double, display: XLSXStyles.Display, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        let time = seconds % 60 == 0 ? pad(seconds / 3600) + ":" + pad(seconds / 60 % 60)
            : pad(seconds / 3600) + ":" + pad(seconds / 60 % 60) + ":" + pad(seconds % 60)
        if display == .time { return time }
        let (year, month, day): (Int, Int, Int)
        if date1904 {
            (year, month, day) = civil(daysSinceEpoch: days + daysFrom1970(1904, 1, 1))
        } else if days == 60 {
            (year, month, day) = (1900, 2, 29)  // the day that never was, kept as Excel shows it
        } else if days == 0 {
            return nil  // Excel's "1900-01-00": no date
        } else {
            (year, month, day) = civil(daysSinceEpoch: days - (days > 60 ? 1 : 0) + daysFrom1970(1899, 12, 31))
        }
        let date = String(year) + "-" + pad(month) + "-" + pad(day)
        return display == .dateTime && seconds > 0 ? date + "T" + time : date
    }

    private static func pad(_ number: Int) -> String {
        number < 10 ? "0" + String(number) : String(number)
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
    private static func daysFrom1970(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` after 1970-01-01.
    private static func civil(daysSinceEpoch days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
