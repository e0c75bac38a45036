import Foundation

/// Reads GraphML (as written by networkx, Gephi, yEd and Cytoscape) into a network.
///
/// Nodes become actors (ids kept where they are valid actor ids, else slugged, the original kept
/// as an alias), edges become ties. Attributes are matched by `attr.name`, case-insensitively:
/// `label`/`name` → name, `kind`/`type` → kind, `country`, `tags`, `place`, `region`, `title`,
/// `note`/`description` on nodes; `kind`/`type`/`relation` → kind, `weight` → strength (rounded,
/// clamped to 1…5), `date`/`start`/`end`, `place`, `label`/`note` on edges. The keys StakeMap's
/// own `GraphMLWriter` writes are read back exactly (`name_ar`, `title_en`, `aliases`, `gender`,
/// `influence`, `stance`, `sensitivity`, `sources`; `strength`, `confidence`, `outcome`,
/// `follow_up`; graph-level `title_<lang>`, `as_of`, `stakemap_sources`, `stakemap_events`), so a
/// network written as GraphML comes back whole. Others are listed in one warning. The parse is streaming (SAX), never resolves entities, refuses entity
/// declarations, and is bounded in file size, nesting depth and error count.
public struct GraphMLReader: Sendable {
    /// Safety bounds on what the reader accepts.
    public struct Limits: Sendable, Hashable {
        /// The largest file read, in bytes.
        public var maxFileBytes: Int
        /// The deepest element nesting accepted.
        public var maxDepth: Int
        /// The most errors reported before the reader stops.
        public var maxErrors: Int
        /// The longest prolog (declaration, comments, document type) checked before the root element.
        public var maxPrologBytes: Int

        /// Creates limits; the defaults suit any real GraphML file.
        public init(maxFileBytes: Int = 512 << 20, maxDepth: Int = 256, maxErrors: Int = 100, maxPrologBytes: Int = 1 << 20) {
            self.maxFileBytes = maxFileBytes
            self.maxDepth = maxDepth
            self.maxErrors = maxErrors
            self.maxPrologBytes = maxPrologBytes
        }
    }

    /// The bounds in force.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Reads the GraphML file at `path`, streaming it.
    /// - Throws: `StakeMapError` `.unreadable`, `.invalidInput` (every located problem) or `.limitExceeded`.
    /// - Complexity: O(file size) time; memory O(nodes + edges).
    public func read(path: String) throws(StakeMapError) -> LoadedGraph {
        try parse(XMLSafeInput.parser(path: path, limits: limits), file: path)
    }

    /// Reads GraphML from memory; `file` names it in diagnostics.
    /// - Throws: `StakeMapError` `.invalidInput` (every located problem) or `.limitExceeded`.
    public func read(data: Data, file: String) throws(StakeMapError) -> LoadedGraph {
        try parse(XMLSafeInput.parser(data: data, file: file, limits: limits), file: file)
    }

    private func parse(_ parser: XMLStreamParser, file: String) throws(StakeMapError) -> LoadedGraph {
        let delegate = GraphMLParserDelegate(file: file, limits: limits)
        parser.delegate = delegate
        parser.parse()
        delegate.finish(parser)
        parser.delegate = nil
        if delegate.malformed || delegate.stopped, let failure = delegate.builder.report.failure { throw failure }
        return try delegate.builder.build()
    }
}
