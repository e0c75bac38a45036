import Foundation
import StakeMap
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an output path really leads: standard output, a stream (FIFO, device, socket) written
/// in place, or a regular file replaced atomically at the end of any chain of symbolic links.
public enum OutputDestination: Sendable, Hashable {
    /// `-`: the process's standard output.
    case standardOutput
    /// A FIFO, character device or socket (e.g. `/dev/stdout`, `/dev/null`): written directly, never replaced.
    case stream(path: String)
    /// A regular file (existing or not) at `target`, the end of the link chain starting at `path`.
    case file(path: String, target: String)

    /// How many symbolic links are followed before giving up (Linux's own limit).
    static let maxLinks = 40

    /// Resolves `path`.
    /// - Throws: `StakeMapError` `.unwritable` for a folder, a link loop or a missing folder.
    public static func resolve(_ path: String) throws(StakeMapError) -> OutputDestination {
        if path == "-" { return .standardOutput }
        var status = stat()
        if stat(path, &status) == 0 {
            // /dev/stdout, /dev/fd/N, /proc/self/fd/N name an open descriptor: written in place even when
            // it is a regular file (a shell redirection, perhaps appending), never replaced.
            if path.hasPrefix("/dev/") || path.hasPrefix("/proc/") { return .stream(path: path) }
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                return .file(path: path, target: realTarget(of: path))
            case S_IFDIR:
                throw StakeMapError(.unwritable, "cannot write '\(path)': it is a folder", hint: "give a file name inside it")
            default:
                return .stream(path: path)
            }
        }
        // Missing: the path itself, or the end of a dangling link chain.
        var current = path
        for _ in 0..<maxLinks {
            guard let next = linkTarget(of: current) else {
                let folder = (current as NSString).deletingLastPathComponent
                var folderStatus = stat()
                let folderPath = folder.isEmpty ? "." : folder
                guard stat(folderPath, &folderStatus) == 0, folderStatus.st_mode & S_IFMT == S_IFDIR else {
                    throw StakeMapError(.unwritable, "cannot write '\(path)': the folder '\(folderPath)' does not exist",
                                        hint: "create it first, or choose another path")
                }
                return .file(path: path, target: current)
            }
            current = next
        }
        throw StakeMapError(.unwritable, "cannot write '\(path)': too many levels of symbolic links")
    }

    /// The path a regular file `path` (which exists) really is, links resolved.
    private static func realTarget(of path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Where the symbolic link `path` points (relative targets resolved against its folder), or nil when it is no link.
    static func linkTarget(of path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, Int(PATH_MAX))
        guard count > 0 else { return nil }
        let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if target.hasPrefix("/") { return target }
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? target : (folder as NSString).appendingPathComponent(target)
    }
}
