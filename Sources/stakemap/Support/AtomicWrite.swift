import Foundation
import StakeMap

/// Writes `data` to `path` atomically: a temporary file in the same folder, then a rename,
/// so a failure never leaves a partial output file behind.
func writeAtomically(_ data: Data, to path: String) throws(StakeMapError) {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw StakeMapError(.unwritable, "cannot write '\(path)': the folder '\(directory.path)' does not exist",
                            hint: "create it first, or choose another path")
    }
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
        try data.write(to: temporary)
        if FileManager.default.fileExists(atPath: url.path) {
            _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
        } else {
            try FileManager.default.moveItem(at: temporary, to: url)
        }
    } catch {
        try? FileManager.default.removeItem(at: temporary)
        throw StakeMapError(.unwritable, "cannot write '\(path)': \(error.localizedDescription)")
    }
}

/// Writes text atomically, or prints it when `path` is `-`.
func emit(_ text: String, to path: String?) throws(StakeMapError) {
    guard let path, path != "-" else {
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        return
    }
    try writeAtomically(Data(text.utf8), to: path)
}
