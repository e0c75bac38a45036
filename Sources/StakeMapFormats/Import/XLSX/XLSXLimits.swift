/// Safety bounds on what the workbook reader accepts: a workbook is a ZIP archive, and a small
/// archive can claim (or really hold) gigabytes of XML.
public struct XLSXLimits: Sendable, Hashable {
    /// The largest workbook file read, in bytes.
    public var maxFileBytes: Int
    /// The most bytes one part (a sheet, the shared strings) may inflate to.
    public var maxPartBytes: Int
    /// The most bytes all the parts read may inflate to together.
    public var maxTotalBytes: Int
    /// The most an entry may inflate relative to its compressed size (a zip bomb's ratio is
    /// in the thousands; XML compresses about 10:1, rarely past 100:1).
    public var maxRatio: Int
    /// The most entries in the archive.
    public var maxEntries: Int
    /// The most rows read from a sheet.
    public var maxRows: Int
    /// The most shared strings.
    public var maxSharedStrings: Int

    /// Creates limits; the defaults suit any real contact list.
    public init(maxFileBytes: Int = 64 << 20, maxPartBytes: Int = 256 << 20, maxTotalBytes: Int = 512 << 20,
                maxRatio: Int = 1_000, maxEntries: Int = 10_000, maxRows: Int = 1_048_576, maxSharedStrings: Int = 5_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxRatio = maxRatio
        self.maxEntries = maxEntries
        self.maxRows = maxRows
        self.maxSharedStrings = maxSharedStrings
    }
}
