import Foundation

/// Turns a network into the file or files of a format, with the warning about what it cannot hold.
public enum GraphExporter {
    /// One file to write.
    public struct OutputFile: Sendable, Hashable {
        /// Where to write it.
        public var path: String
        /// Its text.
        public var text: String
    }

    /// The files of `graph` in `format` for the output `path`, and the warnings (at most one per format).
    ///
    /// Two-file formats take the partner's name from `path` (`X-elements.csv` → `X-connections.csv`,
    /// `X-neo4j-nodes.csv` → `X-neo4j-relationships.csv`); a folder `path` gets `elements.csv` and
    /// `connections.csv`, or `neo4j-nodes.csv` and `neo4j-relationships.csv`.
    /// - Throws: `StakeMapError` `.unsupported` for a format that cannot be written, `.unwritable` when an encoder fails.
    public static func export(_ graph: Graph, as format: GraphFormat, to path: String) throws(StakeMapError) -> (files: [OutputFile], warnings: [Diagnostic]) {
        var warnings = FormatCapabilities.lossWarning(for: graph, in: format).map { [$0] } ?? []
        let files: [OutputFile]
        switch format {
        case .yaml, .json:
            let (native, restated) = nativeTies(of: graph)
            warnings += restated.map { [$0] } ?? []
            let text = try format == .yaml ? NativeWriter().write(native) : NativeWriter().writeJSON(native)
            files = [OutputFile(path: path, text: try validated(text, path: path))]
        case .graphml: files = [OutputFile(path: path, text: GraphMLWriter().write(graph))]
        case .gexf: files = [OutputFile(path: path, text: GEXFWriter().write(graph))]
        case .kumuJSON: files = [OutputFile(path: path, text: try KumuJSONWriter().write(graph))]
        case .popolo: files = [OutputFile(path: path, text: try PopoloWriter().write(graph))]
        case .dot: files = [OutputFile(path: path, text: DOTWriter().write(graph))]
        case .cypher: files = [OutputFile(path: path, text: CypherWriter().write(graph))]
        case .kumuCSV:
            let (elements, connections) = KumuCSVWriter().write(graph)
            let (first, second) = pair(path, first: "elements", second: "connections")
            files = [OutputFile(path: first, text: elements), OutputFile(path: second, text: connections)]
        case .neo4jCSV:
            let (nodes, relationships) = Neo4jCSVWriter().write(graph)
            let (first, second) = pair(path, first: "neo4j-nodes", second: "neo4j-relationships")
            files = [OutputFile(path: first, text: nodes), OutputFile(path: second, text: relationships)]
        case .csv:
            let (nodes, edges) = NodesEdgesCSVWriter().write(graph)
            let (first, second) = pair(path, first: "nodes", second: "edges")
            files = [OutputFile(path: first, text: nodes), OutputFile(path: second, text: edges)]
        }
        return (files, warnings)
    }

    /// `graph` with every tie stated twice (same ends, kind and date: one tie in a native file)
    /// given one value per field, and the warning that says what was dropped and what differs in
    /// the analysis of the native file, or nil when nothing was. Every value is the strongest
    /// statement's (the first of equals), whose strength and weight the analysis of the parallel
    /// ties uses too (the merged edge's weight, the shortest length under the default
    /// `1/strength`), so every measure of the native file equals the input's except under
    /// `--length strength`, where the weakest tie was the shortest. Foreign multigraphs (networkx
    /// parallel edges) keep their parallel ties everywhere else.
    /// - Complexity: O(ties + fields).
    public static func nativeTies(of graph: Graph) -> (graph: Graph, warning: Diagnostic?) {
        let (native, restated) = reconciledTies(of: graph)
        return (native, restated?.warning)
    }

    /// What `nativeTies(of:)` changes, as facts (nil when nothing): for a caller that words
    /// its warning in another language.
    public static func restatedTies(of graph: Graph) -> RestatedTies? {
        reconciledTies(of: graph).restated
    }

    private static func reconciledTies(of graph: Graph) -> (graph: Graph, restated: RestatedTies?) {
        var ties = graph.ties
        let reconciled = ForeignRestatedTies.reconcile(&ties)
        guard !reconciled.dropped.isEmpty || reconciled.sensitivities > 0 else { return (graph, nil) }
        let restated = RestatedTies(dropped: reconciled.dropped, weakerDropped: reconciled.weakerDropped,
                                    sensitivities: reconciled.sensitivities)
        return (Graph(title: graph.title, description: graph.description, asOf: graph.asOf,
                      sources: graph.sources, actors: graph.actors, ties: ties, events: graph.events), restated)
    }

    /// `text` (a native file) when the native reader accepts it; a native file that `validate`
    /// would refuse is never written.
    /// - Throws: `StakeMapError` `.invalidInput` with the reader's diagnostics, located in the output.
    static func validated(_ text: String, path: String) throws(StakeMapError) -> String {
        do {
            _ = try NativeReader().read(text: text, name: path)
        } catch {
            let first = Diagnostic(.error, at: nil, "the network cannot be written as a valid native file; nothing was written",
                                   hint: "this is a StakeMap bug in mapping the input; the problems in the output would be:")
            throw StakeMapError(.invalidInput, [first] + error.diagnostics)
        }
        return text
    }

    /// The two paths of a pair named from `path`: a folder, or a file named with either token.
    static func pair(_ path: String, first: String, second: String) -> (String, String) {
        var isDirectory: ObjCBool = false
        if path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            return ((path as NSString).appendingPathComponent(first + ".csv"), (path as NSString).appendingPathComponent(second + ".csv"))
        }
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        func join(_ file: String) -> String { folder.isEmpty ? file : (folder as NSString).appendingPathComponent(file) }
        for token in [first, second] where stem.lowercased().hasSuffix(token) {
            let base = String(stem.dropLast(token.count))
            return (join(base + first + ".csv"), join(base + second + ".csv"))
        }
        return (join(stem + "-" + first + ".csv"), join(stem + "-" + second + ".csv"))
    }
}
