import Foundation
import StakeMap
import ZIPFoundation

/// The parts of a workbook (a ZIP archive of XML), read into memory one at a time within
/// `XLSXLimits`: the inflated bytes are counted as they come, so an archive that lies about its
/// sizes is stopped at the limit, never after.
struct XLSXArchive {
    /// The workbook's path, for diagnostics.
    let file: String
    private let archive: Archive
    private let limits: XLSXLimits
    private var totalBytes = 0

    /// Opens the workbook at `path`.
    /// - Throws: `StakeMapError` `.unreadable`, `.limitExceeded` or `.invalidInput` (not a ZIP archive).
    init(path: String, limits: XLSXLimits) throws(StakeMapError) {
        try ForeignFile.checkReadable(path, maxBytes: limits.maxFileBytes)
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw StakeMapError(.invalidInput, "'\(path)' is not a readable Excel workbook (.xlsx): the ZIP archive is damaged",
                                hint: "open it in Excel or LibreOffice and save it again, or save the sheet as 'CSV UTF-8'",
                                at: SourceLocation(file: path, line: 1, column: 1))
        }
        var count = 0
        for _ in archive {
            count += 1
            if count > limits.maxEntries {
                throw StakeMapError(.limitExceeded, "'\(path)' holds more than \(limits.maxEntries) files; a workbook holds a few dozen",
                                    at: SourceLocation(file: path, line: 1, column: 1))
            }
        }
        self.file = path
        self.archive = archive
        self.limits = limits
    }

    /// Whether the archive has a part at `path` (e.g. `xl/sharedStrings.xml`).
    func contains(_ path: String) -> Bool {
        archive[path] != nil
    }

    /// The bytes of the part at `path`, or nil when there is none.
    /// - Throws: `StakeMapError` `.limitExceeded` (too large, or inflating too far) or `.invalidInput` (damaged).
    mutating func read(_ path: String) throws(StakeMapError) -> Data? {
        guard let entry = archive[path], entry.type == .file else { return nil }
        let here = SourceLocation(file: file, line: 1, column: 1)
        let compressed = Int(clamping: entry.compressedSize)
        let byRatio = compressed > Int.max / max(1, limits.maxRatio) ? Int.max : compressed * limits.maxRatio
        let allowed = min(limits.maxPartBytes, limits.maxTotalBytes - totalBytes, max(1 << 20, byRatio))
        if entry.uncompressedSize > UInt64(max(0, allowed)) {
            throw tooLarge(path, declared: entry.uncompressedSize, allowed: allowed, at: here)
        }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= allowed else { throw Inflated() }
                data.append(chunk)
            }
        } catch is Inflated {
            throw tooLarge(path, declared: nil, allowed: allowed, at: here)
        } catch {
            throw StakeMapError(.invalidInput, "'\(file)': the part '\(path)' of the workbook is damaged (\(error))",
                                hint: "open it in Excel or LibreOffice and save it again", at: here)
        }
        totalBytes += data.count
        return data
    }

    private struct Inflated: Error {}

    private func tooLarge(_ path: String, declared: UInt64?, allowed: Int, at location: SourceLocation) -> StakeMapError {
        let size = declared.map { " (\($0) bytes)" } ?? ""
        return StakeMapError(.limitExceeded, "'\(file)': the part '\(path)' inflates past \(allowed) bytes\(size), far more than a spreadsheet's "
                             + "text; refused as a possible zip bomb",
                             hint: "save the sheet as 'CSV UTF-8' and import that", at: location)
    }
}
