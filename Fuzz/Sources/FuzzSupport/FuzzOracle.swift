import Foundation
import StakeMapFormats

/// What every fuzz target checks for one input: the reader never crashes, fails only with a
/// `StakeMapError`, and whatever it accepts writes as a native file that the native reader accepts.
public enum FuzzOracle {
    /// Writes `bytes` to a scratch file named `name.ext` and reads it with the loader.
    /// - Returns: the problem found, or nil when the reader behaved.
    public static func check(_ bytes: UnsafeRawBufferPointer, fileExtension ext: String) -> String? {
        let folder = scratchFolder
        let path = folder + "/input." + ext
        let data = Data(bytes)
        guard FileManager.default.createFile(atPath: path, contents: data) else { return nil }
        return checkFile(path)
    }

    /// Reads the file at `path` and checks the result; returns the problem found, or nil.
    public static func checkFile(_ path: String) -> String? {
        let loaded: LoadedGraph
        do {
            loaded = try GraphLoader.load(path: path)
        } catch {
            if error.diagnostics.isEmpty { return "the reader failed without a diagnostic" }
            return nil
        }
        do {
            let text = try NativeWriter().write(GraphExporter.nativeTies(of: loaded.graph).graph)
            _ = try NativeReader().read(text: text, name: "roundtrip.yaml")
        } catch {
            return "accepted input writes a native file that does not validate:\n\(error)"
        }
        return nil
    }

    /// A per-process scratch folder (in /dev/shm when there is one).
    public static let scratchFolder: String = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let folder = base + "/stakemap-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()
}
