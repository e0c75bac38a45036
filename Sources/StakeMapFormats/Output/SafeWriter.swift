import Foundation
import StakeMap
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes outputs so that nothing is ever half-written or written where it should not be.
///
/// - `-` is standard output; a FIFO, device or socket is written directly (never replaced).
/// - A symbolic link is written through: its target is replaced, the link stays.
/// - Regular files are written to temporary files in their own folder, flushed, and only then
///   renamed over the old ones. For several files (a Kumu or neo4j-admin pair) every file is
///   written before any is renamed; on any failure the temporaries are removed and the old set
///   is put back, so the folder holds the whole old set or the whole new one, never a mix.
///   Concurrent writers of the same set take turns for the renames (a lock on the folder).
/// - A guarded input (`InputGuard`) is never replaced by an output that holds less.
public enum SafeWriter {
    /// One file to write.
    public struct File: Sendable, Hashable {
        /// Where to write it (`-` for standard output).
        public var path: String
        /// Its bytes.
        public var data: Data

        /// Creates a file.
        public init(path: String, data: Data) {
            self.path = path
            self.data = data
        }

        /// Creates a file of UTF-8 text.
        public init(path: String, text: String) {
            self.init(path: path, data: Data(text.utf8))
        }
    }

    /// Writes `text` to `path`, guarding `inputs`.
    /// - Throws: `StakeMapError` `.unwritable`, with nothing written.
    public static func write(_ text: String, to path: String, guarding inputs: InputGuard = .none) throws(StakeMapError) {
        try write([File(path: path, text: text)], guarding: inputs)
    }

    /// Writes every file of `files`, all or none.
    /// - Throws: `StakeMapError` `.unwritable`; then no file was changed.
    public static func write(_ files: [File], guarding inputs: InputGuard = .none) throws(StakeMapError) {
        var destinations: [OutputDestination] = []
        for file in files { destinations.append(try OutputDestination.resolve(file.path)) }
        let regular = destinations.compactMap { destination -> (path: String, target: String)? in
            if case let .file(path, target) = destination { return (path, target) }
            return nil
        }
        if files.count > 1 && regular.count != files.count {
            throw StakeMapError(.unwritable, "cannot write \(files.map { "'\($0.path)'" }.joined(separator: " and ")) to a stream",
                                hint: "an output of several files needs file names or a folder")
        }
        if Set(regular.map(\.target)).count != regular.count {
            throw StakeMapError(.unwritable, "two outputs lead to the same file '\(regular[0].path)'")
        }
        try inputs.check(regular)
        for (file, destination) in zip(files, destinations) {
            switch destination {
            case .standardOutput: try StreamOutput.write(file.data, toDescriptor: STDOUT_FILENO, name: "standard output")
            case let .stream(path): try StreamOutput.write(file.data, toPath: path)
            case .file: break
            }
        }
        guard !regular.isEmpty else { return }
        var batch = ReplaceBatch()
        do throws(StakeMapError) {
            for (file, destination) in zip(files, regular) {
                try batch.stage(file.data, path: destination.path, target: destination.target)
            }
            try batch.commit()
        } catch {
            batch.rollBack()
            throw error
        }
    }
}
