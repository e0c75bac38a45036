import Foundation
import StakeMap

/// Streams one XML part of a workbook through `XMLStreamParser` (no DTD, no entities, depth
/// bounded by libxml2) into a handler of element starts, ends and text, with prefixes dropped
/// (`x:c` is `c`), and turns a parse error into a located `StakeMapError`.
final class XLSXXMLPart: XMLStreamParserDelegate {
    /// What the part's handler is told.
    enum Event {
        case start(String, [String: String])
        case end(String)
        case text(String)
    }

    private let handle: (Event) throws(StakeMapError) -> Void
    private var failure: StakeMapError?
    private let file: String
    private let part: String

    private init(file: String, part: String, handle: @escaping (Event) throws(StakeMapError) -> Void) {
        self.file = file
        self.part = part
        self.handle = handle
    }

    /// Parses `data`, the part `part` of the workbook `file`, sending every event to `handle`;
    /// the first error `handle` throws stops the parse and is rethrown.
    /// - Throws: `StakeMapError` `.invalidInput`: malformed XML (located in the part), or `handle`'s error.
    static func parse(_ data: Data, file: String, part: String, handle: @escaping (Event) throws(StakeMapError) -> Void) throws(StakeMapError) {
        let delegate = XLSXXMLPart(file: file, part: part, handle: handle)
        guard let parser = XMLStreamParser(data: data, url: part) else {
            throw StakeMapError(.invalidInput, "'\(file)': the part '\(part)' is empty", at: SourceLocation(file: file, line: 1, column: 1))
        }
        parser.delegate = delegate
        parser.parse()
        if let failure = delegate.failure { throw failure }
    }

    private func send(_ event: Event, _ parser: XMLStreamParser) {
        guard failure == nil else { return }
        do throws(StakeMapError) {
            try handle(event)
        } catch {
            failure = error
            parser.abortParsing()
        }
    }

    private static func local(_ name: String) -> String {
        name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    func parser(_ parser: XMLStreamParser, didStartElement elementName: String, attributes: XMLAttributes) {
        var plain = attributes.dictionary
        for (key, value) in attributes where key.contains(":") && !key.hasPrefix("xmlns") {
            plain[Self.local(key)] = plain[Self.local(key)] ?? value
        }
        send(.start(Self.local(elementName), plain), parser)
    }

    func parser(_ parser: XMLStreamParser, didEndElement elementName: String) {
        send(.end(Self.local(elementName)), parser)
    }

    func parser(_ parser: XMLStreamParser, foundCharacters string: String) {
        send(.text(string), parser)
    }

    func parser(_ parser: XMLStreamParser, parseErrorOccurred error: XMLStreamError) {
        guard failure == nil else { return }
        let kind: StakeMapError.Code = error.isLimit ? .limitExceeded : .invalidInput
        failure = StakeMapError(kind, "'\(file)': the part '\(part)' is not well-formed XML at its line \(error.line), column \(error.column): \(error.message)",
                                hint: "open the workbook in Excel or LibreOffice and save it again",
                                at: SourceLocation(file: file, line: 1, column: 1))
    }
}
