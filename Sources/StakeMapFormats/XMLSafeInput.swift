import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Opens XML input for the streaming readers (GraphML, GEXF) the one safe way: size checked,
/// the prolog screened for entity declarations (`XMLPrologGuard`), external entities never
/// resolved, namespaces left unprocessed.
enum XMLSafeInput {
    /// A configured parser streaming the file at `path`.
    /// - Throws: `StakeMapError` `.unreadable`, `.limitExceeded` or `.invalidInput` (a refused prolog).
    static func parser(path: String, limits: GraphMLReader.Limits) throws(StakeMapError) -> XMLParser {
        try ForeignFile.checkReadable(path, maxBytes: limits.maxFileBytes)
        let head = try ForeignFile.head(of: path, bytes: limits.maxPrologBytes)
        try XMLPrologGuard.check(head.bytes, isWholeFile: head.isWholeFile, file: path)
        guard let stream = InputStream(fileAtPath: path) else {
            throw StakeMapError(.unreadable, "cannot open '\(path)'")
        }
        return configured(XMLParser(stream: stream))
    }

    /// A configured parser over `data`; `file` names it in diagnostics.
    /// - Throws: `StakeMapError` `.limitExceeded` or `.invalidInput` (a refused prolog).
    static func parser(data: Data, file: String, limits: GraphMLReader.Limits) throws(StakeMapError) -> XMLParser {
        guard data.count <= limits.maxFileBytes else {
            throw StakeMapError(.limitExceeded, "'\(file)' is larger than \(limits.maxFileBytes) bytes")
        }
        let head = [UInt8](data.prefix(limits.maxPrologBytes))
        try XMLPrologGuard.check(head, isWholeFile: head.count == data.count, file: file)
        return configured(XMLParser(data: data))
    }

    private static func configured(_ parser: XMLParser) -> XMLParser {
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        parser.shouldProcessNamespaces = false
        return parser
    }
}
