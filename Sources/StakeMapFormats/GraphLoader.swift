import Foundation

/// Loads a network from any supported input, chosen by the file's name (`GraphFormat`).
public enum GraphLoader {
    /// The input formats the loader understands, by extension.
    public static let extensions = ["yaml", "yml", "json", "graphml", "gexf", "kumu.json", "csv"]

    /// Reads the network at `path`.
    /// - Throws: `StakeMapError` with every located problem.
    public static func load(path: String) throws(StakeMapError) -> LoadedGraph {
        try ForeignFile.checkKind(path)
        var loaded = try read(path: path)
        if loaded.files.isEmpty {
            loaded.files = [path] + (CSVGraphFiles.pair(for: path).map { [$0.nodes, $0.edges].compactMap { $0 }.filter { $0 != path } } ?? [])
        }
        return loaded
    }

    private static func read(path: String) throws(StakeMapError) -> LoadedGraph {
        switch GraphFormat(path: path) {
        case .yaml, .json:
            return try NativeReader().read(path: path)
        case .graphml:
            return try GraphMLReader().read(path: path)
        case .gexf:
            return try GEXFReader().read(path: path)
        case .kumuJSON:
            return try KumuJSONReader().read(path: path)
        case .csv, .kumuCSV:
            return try CSVGraphReader().read(path: path)
        case .popolo, .dot, .cypher, .neo4jCSV:
            throw StakeMapError(.unsupported, "cannot read '\(path)': \(GraphFormat(path: path)?.displayName ?? "this format") is written, not read",
                                hint: "read one of: \(extensions.map { "." + $0 }.joined(separator: ", "))")
        case nil:
            let ext = (path as NSString).pathExtension.lowercased()
            throw StakeMapError(.unsupported, "cannot read '\(path)': unknown extension '.\(ext)'",
                                hint: "use one of: \(extensions.map { "." + $0 }.joined(separator: ", "))")
        }
    }
}
