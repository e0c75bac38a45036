import Foundation
import StakeMapFormats
import StakeMapText

/// The files this run of the command has read (inputs and their includes), so that no output
/// replaces one of them with less than it held.
final class ReadInputs: @unchecked Sendable {
    /// The one registry of the process.
    static let shared = ReadInputs()

    private let lock = NSLock()
    private var files: [String] = []
    private var warned = false

    /// Records the files of a loaded network.
    func record(_ loaded: LoadedGraph, path: String) {
        lock.withLock {
            files += loaded.files.isEmpty ? [path] : loaded.files
            warned = warned || !loaded.warnings.isEmpty
        }
    }

    /// Whether the reader warned about an input (something in it was not read as written).
    var readerWarned: Bool { lock.withLock { warned } }

    /// The guard for the next write: `loss` says what the output would lose (nil: nothing, so
    /// it may replace an input).
    func `guard`(loss: OverwriteLoss? = .anotherKindOfDocument) -> InputGuard {
        lock.withLock { InputGuard(files: files, loss: loss) }
    }
}

/// Prints the one-line notice of what an output for `audience` leaves out of `graph`, if anything,
/// in the language of `words`, and returns the omission.
@discardableResult
func announceOmission(of graph: Graph, visible: Graph, audience: Audience, words: Words = Words(.en)) -> AudienceOmission {
    let omission = AudienceOmission(of: graph, visible: visible)
    if let notice = NoticeText.omission(omission, audience: audience, words: words) { printError(notice) }
    return omission
}
