import Foundation
import StakeMap
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes `data` to `path` atomically: a temporary file in the same folder, then `rename(2)`,
/// which replaces an existing file in one step. On any failure the temporary file is removed
/// and an existing file at `path` is left as it was, so there is never a partial output file.
///
/// (`FileManager.replaceItemAt` is not used: on Linux it can fail after removing the file
/// being replaced.)
func writeAtomically(_ data: Data, to path: String) throws(StakeMapError) {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw StakeMapError(.unwritable, "cannot write '\(path)': the folder '\(directory.path)' does not exist",
                            hint: "create it first, or choose another path")
    }
    let suffix = "\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max))"
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(suffix).tmp")
    Interruption.current.removeOnInterrupt(temporary.path)
    defer { Interruption.current.forget(temporary.path) }
    do {
        try data.write(to: temporary, options: [.withoutOverwriting])
    } catch {
        try? FileManager.default.removeItem(at: temporary)
        throw StakeMapError(.unwritable, "cannot write '\(path)': \(error.localizedDescription)")
    }
    guard rename(temporary.path, url.path) == 0 else {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw StakeMapError(.unwritable, "cannot write '\(path)': \(reason)")
    }
}

/// Writes text atomically, or prints it when `path` is `-`.
func emit(_ text: String, to path: String?) throws(StakeMapError) {
    guard let path, path != "-" else {
        // Compare bytes: in Swift "\r\n" is one Character, so hasSuffix("\n") would miss it.
        print(text, terminator: text.utf8.last == UInt8(ascii: "\n") ? "" : "\n")
        return
    }
    try writeAtomically(Data(text.utf8), to: path)
}
