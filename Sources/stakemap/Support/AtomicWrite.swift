import Foundation
import StakeMapFormats

/// Writes `data` to `path` through `SafeWriter` (atomic, through links, streams in place),
/// never over a file the command read (`ReadInputs`).
func writeAtomically(_ data: Data, to path: String) throws(StakeMapError) {
    try SafeWriter.write([SafeWriter.File(path: path, data: data)], guarding: ReadInputs.shared.guard())
}

/// Writes text through `SafeWriter`, or prints it when `path` is nil or `-` (exactly, unless
/// standard output is a terminal: `printData`).
func emit(_ text: String, to path: String?) throws(StakeMapError) {
    guard let path, path != "-" else {
        // Compare bytes: in Swift "\r\n" is one Character, so hasSuffix("\n") would miss it.
        printData(text, terminator: text.utf8.last == UInt8(ascii: "\n") ? "" : "\n")
        return
    }
    try writeAtomically(Data(text.utf8), to: path)
}
