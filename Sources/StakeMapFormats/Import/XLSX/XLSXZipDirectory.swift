import Foundation

/// The central directory of a ZIP archive held in memory: each entry's name, method, sizes,
/// checksum and where its data starts, every offset checked against the archive's length.
/// Read here rather than through ZIPFoundation's `Archive`, whose inflating loop does not end
/// on a damaged deflate stream; ZIPFoundation still inflates, through a bounded provider.
struct XLSXZipDirectory {
    /// One file in the archive.
    struct Entry {
        var method: UInt16
        var flags: UInt16
        var checksum: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        /// Where the entry's data starts in the archive.
        var dataOffset: Int
    }

    /// The entries by name.
    private(set) var entries: [String: Entry] = [:]

    /// Why an archive cannot be read.
    struct Damage: Error {
        let reason: String
    }

    /// Reads the directory of `bytes`, at most `maxEntries` entries.
    init(_ bytes: Data, maxEntries: Int) throws(Damage) {
        let data = [UInt8](bytes)
        func u16(_ at: Int) throws(Damage) -> Int {
            guard at >= 0, at + 2 <= data.count else { throw Damage(reason: "an offset points past the end of the file") }
            return Int(data[at]) | Int(data[at + 1]) << 8
        }
        func u32(_ at: Int) throws(Damage) -> Int {
            (try u16(at)) | (try u16(at + 2)) << 16
        }
        let lowest = max(0, data.count - 22 - 65_535)
        var end = data.count - 22
        while end >= lowest, (try? u32(end)) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest else { throw Damage(reason: "no end-of-directory record (not a ZIP archive, or truncated)") }
        let count = try u16(end + 10)
        var offset = try u32(end + 16)
        guard count <= maxEntries else { throw Damage(reason: "more than \(maxEntries) files") }
        for _ in 0..<count {
            guard try u32(offset) == 0x0201_4B50 else { throw Damage(reason: "the central directory is damaged") }
            let nameLength = try u16(offset + 28), extraLength = try u16(offset + 30), commentLength = try u16(offset + 32)
            let local = try u32(offset + 42)
            guard offset + 46 + nameLength <= data.count else { throw Damage(reason: "a file name runs past the end") }
            let name = String(decoding: data[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            var entry = Entry(method: UInt16(try u16(offset + 10)), flags: UInt16(try u16(offset + 8)), checksum: UInt32(try u32(offset + 16)),
                              compressedSize: try u32(offset + 20), uncompressedSize: try u32(offset + 24), dataOffset: 0)
            guard try u32(local) == 0x0403_4B50 else { throw Damage(reason: "the local header of '\(name)' is damaged") }
            entry.dataOffset = local + 30 + (try u16(local + 26)) + (try u16(local + 28))
            guard entry.dataOffset + entry.compressedSize <= data.count else { throw Damage(reason: "the data of '\(name)' runs past the end") }
            entries[name] = entry
            offset += 46 + nameLength + extraLength + commentLength
        }
    }
}
