import Foundation
import StakeMapFormats
import StakeMapText

/// Writes `data` to `path` through `SafeWriter` (atomic, through links, streams in place),
/// never over a file the command read (`ReadInputs`): that refusal is said in `words`'
/// language, with exit status 2 and nothing written.
func writeAtomically(_ data: Data, to path: String, words: Words) throws {
    let inputs = ReadInputs.shared.guard()
    try refuseOverwriting([path], guarding: inputs, words: words)
    try SafeWriter.write([SafeWriter.File(path: path, data: data)], guarding: inputs)
}

/// Writes text through `SafeWriter`, or prints it when `path` is nil or `-` (exactly, unless
/// standard output is a terminal: `printData`).
func emit(_ text: String, to path: String?, words: Words) throws {
    guard let path, path != "-" else {
        // Compare bytes: in Swift "\r\n" is one Character, so hasSuffix("\n") would miss it.
        printData(text, terminator: text.utf8.last == UInt8(ascii: "\n") ? "" : "\n")
        return
    }
    try writeAtomically(Data(text.utf8), to: path, words: words)
}

/// Says in `words`' language why writing to one of `paths` would replace an input with less
/// (`InputGuard.refusal(forPaths:)`), and exits 2; returns when the write may go ahead.
/// `SafeWriter` makes the same check again (in English) as it writes.
func refuseOverwriting(_ paths: [String], guarding inputs: InputGuard, words: Words) throws {
    guard let refusal = inputs.refusal(forPaths: paths) else { return }
    printError(NoticeText.overwriteRefusal(refusal, words: words))
    throw ExitStatus.failure
}
