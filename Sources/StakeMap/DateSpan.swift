import Foundation

/// When something happened: one partial date, or a range `2018-11-12..2018-11-13`.
public struct DateSpan: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The first date.
    public let start: PartialDate
    /// The last date (equal to `start` for a single date).
    public let end: PartialDate

    /// A single date.
    public init(_ date: PartialDate) {
        start = date
        end = date
    }

    /// A range; nil when `end` is before `start`.
    public init?(start: PartialDate, end: PartialDate) {
        guard end.lastDayNumber >= start.firstDayNumber else { return nil }
        self.start = start
        self.end = end
    }

    /// Parses `DATE` or `DATE..DATE`.
    public init?(parsing text: String) {
        let parts = text.components(separatedBy: "..")
        if parts.count == 1, let date = PartialDate(parsing: text) {
            self.init(date)
        } else if parts.count == 2, let start = PartialDate(parsing: parts[0]), let end = PartialDate(parsing: parts[1]) {
            self.init(start: start, end: end)
        } else {
            return nil
        }
    }

    /// Whether the span is a single date.
    public var isSingle: Bool { start == end }

    /// `2018-09` or `2018-11-12..2018-11-13`.
    public var description: String { isSingle ? start.description : "\(start)..\(end)" }

    /// Whether this span and `other` share at least one day.
    public func overlaps(_ other: DateSpan) -> Bool {
        start.firstDayNumber <= other.end.lastDayNumber && other.start.firstDayNumber <= end.lastDayNumber
    }

    /// Orders by start, then end.
    public static func < (lhs: DateSpan, rhs: DateSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
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
        guard let span = DateSpan(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date or range: \(text)")
        }
        self = span
    }
}
