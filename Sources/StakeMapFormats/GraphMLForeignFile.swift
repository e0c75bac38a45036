// Shared by the GraphML and CSV readers: checks on an input file before it is read.

import Foundation

/// File checks common to the foreign readers.
enum ForeignFile {
    /// Throws unless `path` is a readable regular file of at most `maxBytes` bytes (symbolic links
    /// are followed; a folder, FIFO, device or socket is refused with its path).
    static func checkReadable(_ path: String, maxBytes: Int) throws(StakeMapError) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw StakeMapError(.unreadable, "cannot read '\(path)': \(errno == ENOENT ? "no such file" : String(cString: strerror(errno)).lowercased())")
        }
        try checkKind(path, status)
        let size = Int(status.st_size)
        if size > maxBytes {
            throw StakeMapError(.limitExceeded, "'\(path)' is \(size) bytes, more than the limit of \(maxBytes)",
                                hint: "split the network, or raise the reader's limit")
        }
        guard access(path, R_OK) == 0 else {
            throw StakeMapError(.unreadable, "cannot read '\(path)': permission denied")
        }
    }

    /// Throws when `path` exists and is not a regular file (links followed): a folder, FIFO, device or socket.
    static func checkKind(_ path: String) throws(StakeMapError) {
        var status = stat()
        if stat(path, &status) == 0 { try checkKind(path, status) }
    }

    private static func checkKind(_ path: String, _ status: stat) throws(StakeMapError) {
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw StakeMapError(.unreadable, "cannot read '\(path)': it is a folder, not a file")
        case S_IFIFO: throw StakeMapError(.unreadable, "cannot read '\(path)': it is a FIFO (named pipe), not a regular file",
                                          hint: "save the network to a file first")
        default: throw StakeMapError(.unreadable, "cannot read '\(path)': it is a device or socket, not a regular file")
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
