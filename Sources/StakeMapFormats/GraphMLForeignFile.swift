// Shared by the GraphML and CSV readers: checks on an input file before it is read.

import Foundation

/// File checks common to the foreign readers.
enum ForeignFile {
    /// Throws unless `path` is a readable regular file of at most `maxBytes` bytes.
    static func checkReadable(_ path: String, maxBytes: Int) throws(StakeMapError) {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw StakeMapError(.unreadable, "cannot read '\(path)': \(reason(error))")
        }
        if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
            throw StakeMapError(.unreadable, "cannot read '\(path)': not a regular file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > maxBytes {
            throw StakeMapError(.limitExceeded, "'\(path)' is \(size) bytes, more than the limit of \(maxBytes)",
                                hint: "split the network, or raise the reader's limit")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw StakeMapError(.unreadable, "cannot read '\(path)': permission denied")
        }
    }

    /// The first `bytes` bytes of the file, and whether that is all of it.
    static func head(of path: String, bytes: Int) throws(StakeMapError) -> (bytes: [UInt8], isWholeFile: Bool) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StakeMapError(.unreadable, "cannot open '\(path)'")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: bytes + 1) ?? Data()
            return ([UInt8](data.prefix(bytes)), data.count <= bytes)
        } catch {
            throw StakeMapError(.unreadable, "cannot read '\(path)': \(reason(error))")
        }
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let text = strerror(Int32(underlying.code)) {
            return String(cString: text).lowercased()
        }
        if nsError.domain == NSCocoaErrorDomain && nsError.code == NSFileReadNoSuchFileError { return "no such file" }
        return nsError.localizedDescription
    }
}
