import Foundation

/// Opens XML input for the streaming readers (GraphML, GEXF) the one safe way: the path checked
/// (a regular file, links followed, within the size limit) and parsed by `XMLStreamParser`, which
/// refuses document type declarations with an internal subset and every entity reference at the
/// parser level, and never loads anything from outside the file.
enum XMLSafeInput {
    /// A parser streaming the file at `path`.
    /// - Throws: `StakeMapError` `.unreadable` or `.limitExceeded`.
    static func parser(path: String, limits: GraphMLReader.Limits) throws(StakeMapError) -> XMLStreamParser {
        try ForeignFile.checkReadable(path, maxBytes: limits.maxFileBytes)
        guard let parser = XMLStreamParser(path: path) else {
            throw StakeMapError(.unreadable, "cannot open '\(path)'")
        }
        return parser
    }

    /// A parser over `data`; `file` names it in diagnostics.
    /// - Throws: `StakeMapError` `.limitExceeded` or `.invalidInput` (empty data).
    static func parser(data: Data, file: String, limits: GraphMLReader.Limits) throws(StakeMapError) -> XMLStreamParser {
        guard data.count <= limits.maxFileBytes else {
            throw StakeMapError(.limitExceeded, "'\(file)' is larger than \(limits.maxFileBytes) bytes")
        }
        guard let parser = XMLStreamParser(data: data, url: file) else {
            throw StakeMapError(.invalidInput, "the file is empty", at: SourceLocation(file: file, line: 1, column: 1))
        }
        return parser
    }
}
