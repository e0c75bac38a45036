import Foundation

/// Reads a network from CSV: a nodes file (`id,label,…`) and/or an edges file (`source,target,weight,…`).
///
/// Header names match case-insensitively, so Gephi's `Id,Label` and `Source,Target,Type,Weight`
/// work as they are; `from`/`to` are accepted for `source`/`target`. Node columns: `id`, `label`/`name`,
/// `kind`/`type`, `country`, `tags` (separated by `|` or `;`), `place`, `region`, `title`, `note`.
/// Edge columns: `source`, `target`, `kind`/`type`/`relation` (Gephi's `Directed`/`Undirected` in
/// `Type` is read as the direction), `weight` → strength (rounded, clamped to 1…5), `date`,
/// `start`/`end`, `place`, `label`/`note`. An edges file alone is a network whose actors are its
/// endpoints. Kumu's spreadsheet layout (`X-elements.csv` with `Label`, `Type`, `Description`,
/// `Tags`, `ID`; `X-connections.csv` with `From`, `To`, `Type`, `Direction`) is such a pair, and
/// without an `ID` column the label is the id. Fields are separated by commas, or by `;` or tabs when the header shows so (`CSVDelimiter`). Parsing
/// is CSV.swift's; errors are located by file, line and field position.
public struct CSVGraphReader: Sendable {
    /// Safety bounds on what the reader accepts.
    public struct Limits: Sendable, Hashable {
        /// The largest file read, in bytes (each file of a pair).
        public var maxFileBytes: Int
        /// The most data rows read from one file (the header not counted).
        public var maxRows: Int
        /// The most errors reported before the reader stops.
        public var maxErrors: Int

        /// Creates limits; the defaults suit any real spreadsheet or Gephi export.
        public init(maxFileBytes: Int = 512 << 20, maxRows: Int = 10_000_000, maxErrors: Int = 100) {
            self.maxFileBytes = maxFileBytes
            self.maxRows = maxRows
            self.maxErrors = maxErrors
        }
    }

    /// The bounds in force.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Reads the CSV file at `path` with its partner found by `CSVGraphFiles`' naming convention;
    /// a file whose name follows no convention is a nodes or an edges file by its header.
    /// - Throws: `StakeMapError` `.unreadable`, `.invalidInput` (every located problem) or `.limitExceeded`.
    public func read(path: String) throws(StakeMapError) -> LoadedGraph {
        if let pair = CSVGraphFiles.pair(for: path) {
            var loaded = try read(nodesPath: pair.nodes, edgesPath: pair.edges)
            if pair.edges == nil, let partner = CSVGraphFiles.convention(for: path)?.partner {
                loaded.warnings.insert(Diagnostic(.warning, at: SourceLocation(file: path, line: 1, column: 1),
                                                  "no edges file beside the nodes file (looked for '\(partner)')",
                                                  hint: "the network has actors but no ties"), at: 0)
            }
            return loaded
        }
        try ForeignFile.checkReadable(path, maxBytes: limits.maxFileBytes)
        var builder = ForeignGraphBuilder(maxErrors: limits.maxErrors)
        let role = try readTable(path, expecting: nil, into: &builder)
        if role == .edges { builder.addMissingEndpoints() }
        if let failure = builder.report.failure { throw failure }
        return try builder.build()
    }

    /// Reads a nodes file and/or an edges file (at least one); without a nodes file the actors are
    /// the edges' endpoints, with one every endpoint must be a node.
    /// - Throws: `StakeMapError` `.unreadable`, `.invalidInput` (every located problem) or `.limitExceeded`.
    public func read(nodesPath: String?, edgesPath: String?) throws(StakeMapError) -> LoadedGraph {
        guard nodesPath != nil || edgesPath != nil else {
            throw StakeMapError(.badArgument, "no CSV file given")
        }
        for path in [nodesPath, edgesPath].compactMap({ $0 }) {
            try ForeignFile.checkReadable(path, maxBytes: limits.maxFileBytes)
        }
        var builder = ForeignGraphBuilder(maxErrors: limits.maxErrors)
        if let nodesPath { try readTable(nodesPath, expecting: .nodes, into: &builder) }
        if let edgesPath { try readTable(edgesPath, expecting: .edges, into: &builder) }
        if nodesPath == nil { builder.addMissingEndpoints() }
        if let failure = builder.report.failure { throw failure }
        return try builder.build()
    }

    /// Reads one file into `builder`; returns the role its header shows.
    @discardableResult
    private func readTable(_ path: String, expecting expected: CSVGraphFiles.Role?,
                           into builder: inout ForeignGraphBuilder) throws(StakeMapError) -> CSVGraphFiles.Role {
        var table = try CSVGraphTable(path: path, maxRows: limits.maxRows)
        let columns: CSVGraphColumns
        let headerLine: Int
        do throws(StakeMapError) {
            guard let header = table.nextRow(report: &builder.report) else {
                if let failure = builder.report.failure { throw failure }
                throw StakeMapError(.invalidInput, "the file is empty", hint: "the first row must be a header such as id,label or source,target",
                                    at: SourceLocation(file: path, line: 1, column: 1))
            }
            columns = try CSVGraphColumns(header: header, file: path, expecting: expected)
            headerLine = header.line
        } catch {
            // Keep what an earlier file of the pair had to say.
            for diagnostic in error.diagnostics where !builder.report.errors.contains(diagnostic) {
                builder.report.error(diagnostic.message, at: diagnostic.location, hint: diagnostic.hint)
            }
            throw builder.report.failure ?? error
        }
        columns.reportIgnored(into: &builder.report, file: path, line: headerLine)
        while let row = table.nextRow(report: &builder.report) {
            columns.read(row, from: table, into: &builder)
        }
        return columns.role
    }
}
