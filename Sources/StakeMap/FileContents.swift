import Foundation

/// Reads a whole file for the readers. An empty regular file is answered without Foundation:
/// `Data(contentsOf:)` in FoundationEssentials (Swift 6.3) leaks its 4 KB read buffer on a file of
/// zero bytes, which the fuzzer's leak check found (`scripts/fuzz`, YAML and JSON).
public enum FileContents {
    /// The bytes of the file at `path`.
    /// - Throws: Foundation's error when the file cannot be read.
    /// - Complexity: O(size of the file).
    public static func read(_ path: String) throws -> Data {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size == 0 { return Data() }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }
}
