/// A document that the network's facts come from.
public struct Source: Sendable, Hashable, Codable, Identifiable {
    /// The unique id, cited as `ID` or `ID#locator`.
    public var id: String
    /// The title.
    public var title: LocalizedText?
    /// A file path (relative to the file that declares the source).
    public var file: String?
    /// A web address.
    public var url: String?
    /// When it was published.
    public var date: DateSpan?
    /// Its language (`ar`, `en`, …).
    public var language: String?
    /// A free-text note.
    public var note: String?

    /// Creates a source.
    public init(id: String, title: LocalizedText? = nil, file: String? = nil, url: String? = nil,
                date: DateSpan? = nil, language: String? = nil, note: String? = nil) {
        self.id = id
        self.title = title
        self.file = file
        self.url = url
        self.date = date
        self.language = language
        self.note = note
    }
}
