/// Reads the native `.yaml` format (being written).
public struct NativeReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads the file at `path` with its includes.
    public func read(path: String) throws(StakeMapError) -> LoadedGraph {
        throw StakeMapError(.unsupported, "the native reader is not written yet", at: SourceLocation(file: path, line: 1, column: 1))
    }
}
