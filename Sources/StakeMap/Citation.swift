/// A reference to a source, optionally to a place in it: `seed-000` or `seed-000#p5`.
public struct Citation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The id of the cited source.
    public var sourceID: String
    /// Where in the source (`p5`), if given.
    public var locator: String?

    /// Creates a citation.
    public init(sourceID: String, locator: String? = nil) {
        self.sourceID = sourceID
        self.locator = locator
    }

    /// Parses `SOURCE-ID` or `SOURCE-ID#locator`.
    public init(parsing text: String) {
        if let hash = text.firstIndex(of: "#") {
            sourceID = String(text[..<hash])
            let rest = text[text.index(after: hash)...]
            locator = rest.isEmpty ? nil : String(rest)
        } else {
            sourceID = text
            locator = nil
        }
    }

    /// `seed-000#p5`.
    public var description: String { locator.map { "\(sourceID)#\($0)" } ?? sourceID }

    /// Orders by the text form.
    public static func < (lhs: Citation, rhs: Citation) -> Bool { lhs.description < rhs.description }

    /// Encodes as the text form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes from the text form.
    public init(from decoder: any Decoder) throws {
        self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }
}
