import Foundation

/// Reads GEXF (1.1 to 1.3, as Gephi and networkx write it) into a network.
///
/// Nodes become actors and edges ties, through the same field matching as GraphML: attribute
/// titles `kind`, `country`, `tags`, … and StakeMap's own (`name_ar`, `follow_up`, `sources`);
/// a node's `label` is its name, an edge's `weight` its weight and its spell (`start`/`end`, when
/// they are dates) its dates. A file StakeMap wrote (`<creator>StakeMap</creator>`) is read from
/// its attributes alone (the spells and weight it wrote are derived from them). The parse is
/// streaming, never resolves entities, refuses entity declarations, and is bounded in file size,
/// nesting depth and error count, like `GraphMLReader`.
public struct GEXFReader: Sendable {
    /// The bounds in force (the same as GraphML's).
    public var limits: GraphMLReader.Limits

    /// Creates a reader.
    public init(limits: GraphMLReader.Limits = GraphMLReader.Limits()) {
        self.limits = limits
    }

    /// Reads the GEXF file at `path`, streaming it.
    /// - Throws: `StakeMapError` `.unreadable`, `.invalidInput` (every located problem) or `.limitExceeded`.
    public func read(path: String) throws(StakeMapError) -> LoadedGraph {
        try parse(XMLSafeInput.parser(path: path, limits: limits), file: path)
    }

    /// Reads GEXF from memory; `file` names it in diagnostics.
    /// - Throws: `StakeMapError` `.invalidInput` (every located problem) or `.limitExceeded`.
    public func read(data: Data, file: String) throws(StakeMapError) -> LoadedGraph {
        try parse(XMLSafeInput.parser(data: data, file: file, limits: limits), file: file)
    }

    private func parse(_ parser: XMLStreamParser, file: String) throws(StakeMapError) -> LoadedGraph {
        let delegate = GEXFParserDelegate(file: file, limits: limits)
        parser.delegate = delegate
        parser.parse()
        delegate.finish(parser)
        parser.delegate = nil
        if let failure = delegate.builder.report.failure, delegate.malformed || delegate.stopped { throw failure }
        return try delegate.builder.build()
    }
}
