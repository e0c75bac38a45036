import Foundation
import StakeMap
import ZIPFoundation

/// The parts of a workbook (a ZIP archive of XML), read into memory one at a time within
/// `XLSXLimits`: the inflated bytes are counted as they come, so an archive that lies about its
/// sizes is stopped at the limit, never after; a deflate stream that does not end where its
/// entry does is an error, never an endless loop.
struct XLSXArchive {
    /// The workbook's path, for diagnostics.
    let file: String
    private let bytes: Data
    private let directory: XLSXZipDirectory
    private let limits: XLSXLimits
    private var totalBytes = 0

    /// Opens the workbook at `path`.
    /// - Throws: `StakeMapError` `.unreadable`, `.limitExceeded` or `.invalidInput` (not a ZIP archive).
    init(path: String, limits: XLSXLimits) throws(StakeMapError) {
        try ForeignFile.checkReadable(path, maxBytes: limits.maxFileBytes)
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw StakeMapError(.unreadable, "cannot read '\(path)'")
        }
        do {
            directory = try XLSXZipDirectory(bytes, maxEntries: limits.maxEntries)
        } catch {
            throw StakeMapError(.invalidInput, "'\(path)' is not a readable Excel workbook (.xlsx): the ZIP archive is damaged (\(error.reason))",
                                hint: "open it in Excel or LibreOffice and save it again, or save the sheet as 'CSV UTF-8'",
                                at: SourceLocation(file: path, line: 1, column: 1))
        }
        self.file = path
        self.bytes = bytes
        self.limits = limits
    }

    /// Whether the archive has a part at `path` (e.g. `xl/sharedStrings.xml`).
    func contains(_ path: String) -> Bool {
        directory.entries[path] != nil
    }

    /// The bytes of the part at `path`, or nil when there is none.
    /// - Throws: `StakeMapError` `.limitExceeded` (too large, or inflating too far) or `.invalidInput` (damaged).
    mutating func read(_ path: String) throws(StakeMapError) -> Data? {
        guard let entry = directory.entries[path] else { return nil }
        let here = SourceLocation(file: file, line: 1, column: 1)
        let byRatio = entry.compressedSize > Int.max / max(1, limits.maxRatio) ? Int.max : entry.compressedSize * limits.maxRatio
        let allowed = min(limits.maxPartBytes, limits.maxTotalBytes - totalBytes, max(1 << 20, byRatio))
        if entry.uncompressedSize > max(0, allowed) {
            throw tooLarge(path, declared: entry.uncompressedSize, allowed: allowed, at: here)
        }
        guard entry.flags & 1 == 0 else {
            throw StakeMapError(.unsupported, "'\(file)' is encrypted (password-protected)", hint: "remove the password in Excel and save again",
                                at: here)
        }
        let raw = bytes.subdata(in: (bytes.startIndex + entry.dataOffset)..<(bytes.startIndex + entry.dataOffset + entry.compressedSize))
        var data = Data()
        switch entry.method {
        case 0:
            guard raw.count <= allowed else { throw tooLarge(path, declared: nil, allowed: allowed, at: here) }
            data = raw
        case 8:
            do {
                _ = try Data.decompress(size: Int64(raw.count), bufferSize: 1 << 16, skipCRC32: true, provider: { position, size in
                    // Past the entry's end the stream has not ended: damaged (ZIPFoundation would ask forever).
                    guard position < raw.count else { throw Truncated() }
                    let start = raw.startIndex + Int(position)
                    return raw.subdata(in: start..<min(raw.endIndex, start + size))
                }, consumer: { chunk in
                    guard data.count + chunk.count <= allowed else { throw Inflated() }
                    data.append(chunk)
                })
            } catch is Inflated {
                throw tooLarge(path, declared: nil, allowed: allowed, at: here)
            } catch {
                throw damaged(path, at: here)
            }
        default:
            throw StakeMapError(.unsupported, "'\(file)': the part '\(path)' is compressed with method \(entry.method), which is not read",
                                hint: "open it in Excel or LibreOffice and save it again", at: here)
        }
        guard data.crc32(checksum: 0) == entry.checksum else { throw damaged(path, at: here) }
        totalBytes += data.count
        return data
    }

    private struct Inflated: Error {}
    private struct Truncated: Error {}

    private func damaged(_ path: String, at location: SourceLocation) -> StakeMapError {
        StakeMapError(.invalidInput, "'\(file)': the part '\(path)' of the workbook is damaged (its compressed data or checksum is wrong)",
                      hint: "open it in Excel or LibreOffice and save it again", at: location)
    }

    private func tooLarge(_ path: String, declared: Int?, allowed: Int, at location: SourceLocation) -> StakeMapError {
        let size = declared.map { " (\($0) bytes)" } ?? ""
        return StakeMapError(.limitExceeded, "'\(file)': the part '\(path)' inflates past \(allowed) bytes\(size), far more than a spreadsheet's "
                             + "text; refused as a possible zip bomb",
                             hint: "save the sheet as 'CSV UTF-8' and import that", at: location)
    }
}
