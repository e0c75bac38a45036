import Foundation

/// The value of a custom field (`fields: {club: Mr. Hi, members: 34}`): a text, a number, a date
/// or yes/no.
public enum FieldValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A text.
    case text(String)
    /// A number (whole numbers print without a decimal point).
    case number(Double)
    /// An ISO partial date (`2018`, `2018-09`, `2018-09-15`).
    case date(PartialDate)
    /// Yes or no.
    case flag(Bool)

    /// The value as a user writes it: `Mr. Hi`, `34`, `0.5`, `2018-09`, `true`.
    public var description: String {
        switch self {
        case let .text(text): text
        case let .number(number): Self.format(number)
        case let .date(date): date.description
        case let .flag(flag): flag ? "true" : "false"
        }
    }

    /// The value read from a plain (unquoted) word: yes/no, a number or a date when it reads as
    /// one, otherwise a text.
    public init(inferring text: String) {
        switch text {
        case "true", "True", "TRUE", "yes", "Yes", "YES": self = .flag(true)
        case "false", "False", "FALSE", "no", "No", "NO": self = .flag(false)
        default:
            if let number = Self.number(text) {
                self = .number(number)
            } else if text.count >= 7, let date = PartialDate(parsing: text) {
                self = .date(date)
            } else {
                self = .text(text)
            }
        }
    }

    /// Whether a text value would be read back as another type when written unquoted.
    /// Number-like texts (`007`, `01234`) are quoted too, for YAML readers of other tools.
    public static func textNeedsQuotes(_ text: String) -> Bool {
        if !text.isEmpty, text.allSatisfy({ "0123456789+-.".contains($0) }) { return true }
        if case .text = FieldValue(inferring: text) { return false }
        return true
    }

    /// A number in the plain decimal notation, when `text` is one (`34`, `-1.5`; not `0x1F`,
    /// `inf` or `1e3`, which stay texts).
    private static func number(_ text: String) -> Double? {
        guard !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 45 || $0 == 43 }),
              text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }), let value = Double(text), value.isFinite else { return nil }
        // A leading zero keeps a code ("007", "01") a text.
        let digits = text.drop { $0 == "-" || $0 == "+" }
        if digits.count > 1, digits.hasPrefix("0"), !digits.hasPrefix("0.") { return nil }
        return value
    }

    /// `34` for whole numbers, else the shortest decimal that reads back exactly.
    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    /// The value as a number, when it is one.
    public var numberValue: Double? {
        if case let .number(number) = self { return number }
        return nil
    }

    /// Encodes as the JSON scalar of its type (dates as strings).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .text(text): try container.encode(text)
        case let .number(number): try container.encode(number)
        case let .date(date): try container.encode(date.description)
        case let .flag(flag): try container.encode(flag)
        }
    }

    /// Decodes a JSON scalar: a boolean, a number, or a string (a date when it reads as one).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            let text = try container.decode(String.self)
            if text.count >= 7, let date = PartialDate(parsing: text) { self = .date(date) } else { self = .text(text) }
        }
    }
}
