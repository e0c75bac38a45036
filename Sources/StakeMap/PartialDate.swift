import Foundation

/// An ISO 8601 calendar date that may be partial: `2018`, `2018-09` or `2018-09-15`.
public struct PartialDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year (1–9999).
    public let year: Int
    /// The month (1–12), if known.
    public let month: Int?
    /// The day of the month, if known.
    public let day: Int?

    /// Creates a date, or returns nil when it does not exist (2023-02-30, month 13).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil when malformed or impossible.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0])
        else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        self.init(year: year, month: month, day: day)
    }

    /// The canonical text: `2018`, `2018-09` or `2018-09-15`.
    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    /// The first day this date covers, as (year, month, day).
    public var firstDay: (year: Int, month: Int, day: Int) { (year, month ?? 1, day ?? 1) }

    /// The last day this date covers, as (year, month, day).
    public var lastDay: (year: Int, month: Int, day: Int) {
        let lastMonth = month ?? 12
        return (year, lastMonth, day ?? PartialDate.daysIn(month: lastMonth, year: year))
    }

    /// Days since 0001-01-01 of the first day covered (for spans and staleness).
    public var firstDayNumber: Int { PartialDate.dayNumber(firstDay) }

    /// Days since 0001-01-01 of the last day covered.
    public var lastDayNumber: Int { PartialDate.dayNumber(lastDay) }

    /// Orders by first day, then by precision (a year sorts before its months).
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// The number of days in a month of a year (Gregorian).
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func dayNumber(_ date: (year: Int, month: Int, day: Int)) -> Int {
        // Days from civil (Howard Hinnant's algorithm), shifted so 0001-01-01 is 0.
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (date.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + date.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 306
    }

    /// Encodes as the canonical text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes from the canonical text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date: \(text)")
        }
        self = date
    }
}
