import Foundation

/// Loads a network from any supported input, chosen by the file's extension.
public enum GraphLoader {
    /// The input formats the loader understands, by extension.
    public static let extensions = ["yaml", "yml", "graphml", "json", "csv"]

    /// Reads the network at `path`.
    /// - Throws: `StakeMapError` with every located problem.
    public static func load(path: String) throws(StakeMapError) -> LoadedGraph {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "yaml", "yml", "json":
            return try NativeReader().read(path: path)
        case "graphml":
            return try GraphMLReader().read(path: path)
        case "csv":
            return try CSVGraphReader().read(path: path)
        default:
            throw StakeMapError(.unsupported, "cannot read '\(path)': unknown extension '.\(ext)'",
                                hint: "use one of: \(extensions.map { "." + $0 }.joined(separator: ", "))")
        }
    }
}
