import Foundation
import StakeMap
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes bytes to a stream in place: standard output, a FIFO or a device.
enum StreamOutput {
    /// Opens the stream at `path` for writing (never creating or truncating it) and writes `data`.
    static func write(_ data: Data, toPath path: String) throws(StakeMapError) {
        if let own = descriptor(named: path) {
            return try write(data, toDescriptor: own, name: "'\(path)'")
        }
        let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        try write(data, toDescriptor: descriptor, name: "'\(path)'")
    }

    /// Writes all of `data` to `descriptor`, retrying short writes and interruptions.
    static func write(_ data: Data, toDescriptor descriptor: Int32, name: String) throws(StakeMapError) {
        let failed: Int32? = data.withUnsafeBytes { buffer -> Int32? in
            guard var pointer = buffer.baseAddress else { return nil }
            var remaining = buffer.count
            while remaining > 0 {
                let written = systemWrite(descriptor, pointer, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                remaining -= written
                pointer += written
            }
            return nil
        }
        if let failed {
            throw StakeMapError(.unwritable, "cannot write \(name): \(String(cString: strerror(failed)))")
        }
    }

    /// The descriptor a path names when it is one of the process's own (`/dev/stdout`, `/dev/fd/3`,
    /// `/proc/self/fd/3`): written as it is, so that a shell's `>>` keeps appending.
    static func descriptor(named path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }

    /// The error for the last failed call on `path`.
    static func failure(_ path: String) -> StakeMapError {
        StakeMapError(.unwritable, "cannot write '\(path)': \(String(cString: strerror(errno)))")
    }
}

/// `write(2)`, named apart from the Swift functions called `write`.
func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, pointer, count)
    #else
    Darwin.write(descriptor, pointer, count)
    #endif
}
