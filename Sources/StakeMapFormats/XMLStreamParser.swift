import Foundation
internal import CLibXML2

/// A problem the XML parser met, with where.
struct XMLStreamError: Error, Sendable {
    /// libxml2's error code (`xmlParserErrors`), or 0 for StakeMap's own refusals.
    let code: Int
    /// Whether a safety limit (libxml2's nesting depth) was hit rather than a syntax error.
    var isLimit = false
    /// Whether the error is where the input ends (a truncated file, when elements are open).
    var atEnd = false
    /// The sentence to print.
    let message: String
    /// The 1-based line and column.
    let line: Int
    let column: Int
}

/// The events of a streaming XML parse, in document order.
protocol XMLStreamParserDelegate: AnyObject {
    /// A start tag (an empty element gets a start and an end).
    func parser(_ parser: XMLStreamParser, didStartElement elementName: String, attributes: XMLAttributes)
    /// An end tag.
    func parser(_ parser: XMLStreamParser, didEndElement elementName: String)
    /// Character data (text, white space, or the content of a CDATA section).
    func parser(_ parser: XMLStreamParser, foundCharacters string: String)
    /// A fatal problem; the parse stops after it.
    func parser(_ parser: XMLStreamParser, parseErrorOccurred error: XMLStreamError)
}

/// A streaming XML parser over libxml2's `xmlTextReader`, safe by construction: no DTD is ever
/// loaded, no entity is ever substituted or fetched (`XML_PARSE_NONET`, a refusing external
/// entity loader), a document type declaration with an internal subset is a located error, an
/// entity reference is a located error, and malformed UTF-8 anywhere (names, comments, values)
/// is libxml2's located encoding error, never a crash.
final class XMLStreamParser {
    /// Receives the events; held weakly, like `XMLParser`'s.
    weak var delegate: (any XMLStreamParserDelegate)?
    /// The line of the current event (1-based).
    private(set) var lineNumber = 1
    /// The column of the current event (1-based).
    private(set) var columnNumber = 1

    private let reader: OpaquePointer
    private var errorSink: UnsafeMutablePointer<stakemap_xml_error>
    /// The bytes a memory parse reads; kept alive as long as the reader.
    private let buffer: UnsafeMutableRawBufferPointer?
    private var aborted = false
    /// The document the reader was asked for, which it then no longer frees (see the shim).
    private var keptDocument: xmlDocPtr?
    private var sawElement = false
    /// The input, for placing an error that libxml2 does not place.
    private let source: Source
    /// `delegate`, held strongly while `parse()` runs.
    private var target: (any XMLStreamParserDelegate)?
    /// Element and attribute names as Swift strings, by the address of libxml2's interned copy
    /// (the reader keeps one copy of each name in its dictionary, so equal names share an address).
    private var names: [(pointer: UnsafePointer<xmlChar>, name: String)] = []

    /// The input of a parse.
    private enum Source {
        case file(String)
        case memory(UnsafeMutableRawBufferPointer)

        /// The line and column just past the last byte of the input.
        func end() -> (line: Int, column: Int)? {
            let bytes: [UInt8]
            switch self {
            case let .file(path):
                guard let data = FileManager.default.contents(atPath: path) else { return nil }
                bytes = [UInt8](data)
            case let .memory(buffer):
                bytes = [UInt8](buffer)
            }
            let lineStart = bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            return (1 + bytes.count { $0 == 0x0A }, 1 + bytes[lineStart...].count { $0 & 0xC0 != 0x80 })
        }

        /// The first megabyte of the input.
        func head() -> [UInt8]? {
            switch self {
            case let .file(path):
                guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
                defer { try? handle.close() }
                return (try? handle.read(upToCount: 1 << 20)).map { [UInt8]($0) }
            case let .memory(buffer):
                return [UInt8](buffer.prefix(1 << 20))
            }
        }
    }

    private static let setUp: Void = {
        xmlInitParser()
        stakemap_xml_refuse_external_entities()
    }()

    /// A parser of the file at `path`, or nil when libxml2 cannot open it.
    init?(path: String) {
        _ = Self.setUp
        guard let reader = xmlReaderForFile(path, nil, stakemap_xml_options()) else { return nil }
        self.reader = reader
        self.buffer = nil
        self.source = .file(path)
        errorSink = .allocate(capacity: 1)
        errorSink.initialize(to: stakemap_xml_error())
        stakemap_xml_capture_errors(reader, errorSink)
    }

    /// A parser of `data`; `url` names it to libxml2.
    init?(data: Data, url: String) {
        _ = Self.setUp
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, data.count), alignment: 1)
        copy.copyBytes(from: data)
        guard let base = copy.baseAddress?.assumingMemoryBound(to: CChar.self),
              let reader = xmlReaderForMemory(base, Int32(clamping: data.count), url, nil, stakemap_xml_options()) else {
            copy.deallocate()
            return nil
        }
        self.reader = reader
        self.buffer = copy
        self.source = .memory(copy)
        errorSink = .allocate(capacity: 1)
        errorSink.initialize(to: stakemap_xml_error())
        stakemap_xml_capture_errors(reader, errorSink)
    }

    deinit {
        xmlFreeTextReader(reader)
        if let keptDocument { xmlFreeDoc(keptDocument) }
        errorSink.deallocate()
        buffer?.deallocate()
    }

    /// Stops the parse after the current event.
    func abortParsing() {
        aborted = true
    }

    /// Parses to the end, or to the first error or abort; returns whether the whole document was read.
    @discardableResult
    func parse() -> Bool {
        // Held strongly for the parse: a weak load for each of millions of events costs.
        target = delegate
        defer { target = nil }
        while !aborted {
            let status = xmlTextReaderRead(reader)
            updatePosition()
            if status == 0 { return true }
            if status < 0 {
                reportLibraryError()
                return false
            }
            guard dispatchCurrentNode() else { return false }
        }
        return false
    }

    /// Where the current element starts: its line (the parser itself has read ahead); column 1.
    private func locateElement() {
        guard let node = xmlTextReaderCurrentNode(reader) else { return }
        let line = Int(xmlGetLineNo(node))
        if line > 0 {
            lineNumber = line
            columnNumber = 1
        }
    }

    /// Where the refused document type declaration starts. Only to place the error: the decision
    /// to refuse was libxml2's parse, never this text search.
    private func locateDocumentType() {
        guard let head = source.head(), let range = head.firstRange(of: Array("<!DOCTYPE".utf8)) else { return }
        lineNumber = 1 + head[..<range.lowerBound].count { $0 == 0x0A }
        let lineStart = head[..<range.lowerBound].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        columnNumber = 1 + head[lineStart..<range.lowerBound].count { $0 & 0xC0 != 0x80 }
    }

    private func updatePosition() {
        lineNumber = max(1, Int(xmlTextReaderGetParserLineNumber(reader)))
        columnNumber = max(1, Int(xmlTextReaderGetParserColumnNumber(reader)))
    }

    /// Sends the event of the node the reader is on; false when it was refused.
    private func dispatchCurrentNode() -> Bool {
        switch Int(xmlTextReaderNodeType(reader)) {
        case Int(XML_READER_TYPE_ELEMENT.rawValue):
            sawElement = true
            locateElement()
            guard let name = name(xmlTextReaderConstName(reader)) else { return refuseEncoding() }
            let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
            guard let attributes = readAttributes() else { return refuseEncoding() }
            target?.parser(self, didStartElement: name, attributes: attributes)
            if isEmpty && !aborted { target?.parser(self, didEndElement: name) }
        case Int(XML_READER_TYPE_END_ELEMENT.rawValue):
            locateElement()
            guard let name = name(xmlTextReaderConstName(reader)) else { return refuseEncoding() }
            target?.parser(self, didEndElement: name)
        case Int(XML_READER_TYPE_TEXT.rawValue), Int(XML_READER_TYPE_CDATA.rawValue),
             Int(XML_READER_TYPE_WHITESPACE.rawValue), Int(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
            guard let value = text(xmlTextReaderConstValue(reader)) else { return refuseEncoding() }
            target?.parser(self, foundCharacters: value)
        case Int(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
            if stakemap_xml_doctype_declares(reader, &keptDocument) != 0 {
                locateDocumentType()
                return refuse("the document type declaration has an internal subset (entity or other declarations), which is refused")
            }
        case Int(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int(XML_READER_TYPE_ENTITY.rawValue):
            return refuse("reference to an entity that is not one of XML's five (&amp; &lt; &gt; &quot; &apos;), which is refused")
        default:
            break  // comments, processing instructions, the XML declaration
        }
        return true
    }

    /// The attributes of the element the reader is on, or nil when one is not valid UTF-8.
    private func readAttributes() -> XMLAttributes? {
        var attributes = XMLAttributes()
        guard xmlTextReaderHasAttributes(reader) == 1 else { return attributes }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            guard let name = name(xmlTextReaderConstName(reader)), let value = text(xmlTextReaderConstValue(reader)) else {
                _ = xmlTextReaderMoveToElement(reader)
                return nil
            }
            attributes.append(name, value)
        }
        _ = xmlTextReaderMoveToElement(reader)
        return attributes
    }

    /// An element or attribute name (interned by libxml2) as a Swift string, or nil when it is not
    /// valid UTF-8; each distinct name is decoded once.
    private func name(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return "" }
        // A file uses a few dozen names: a scan of their addresses is cheaper than hashing.
        for entry in names where entry.pointer == pointer {
            if Self.spells(entry.name, pointer) { return entry.name }
            break
        }
        guard let decoded = text(pointer) else { return nil }
        if names.count < 64 { names.append((pointer, decoded)) }
        return decoded
    }

    /// Whether `pointer` holds exactly the UTF-8 of `name` (an address could be reused were a
    /// name ever not interned: then the cached string is not trusted).
    private static func spells(_ name: String, _ pointer: UnsafePointer<xmlChar>) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            guard pointer.withMemoryRebound(to: CChar.self, capacity: 1, { strlen($0) }) == bytes.count else { return false }
            guard let base = bytes.baseAddress else { return true }
            return memcmp(base, pointer, bytes.count) == 0
        }
    }

    /// libxml2's UTF-8 as a Swift string, or nil when it is not valid UTF-8.
    private func text(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return "" }
        return pointer.withMemoryRebound(to: CChar.self, capacity: 1) { String(validatingCString: $0) }
    }

    private func refuseEncoding() -> Bool {
        refuse("the bytes are not valid UTF-8")
    }

    private func refuse(_ message: String) -> Bool {
        aborted = true
        (target ?? delegate)?.parser(self, parseErrorOccurred: XMLStreamError(code: 0, message: message, line: lineNumber, column: columnNumber))
        return false
    }

    private func reportLibraryError() {
        if stakemap_xml_doctype_declares(reader, &keptDocument) != 0 {
            // libxml2 read past a refused internal subset in the same step: the subset is the news.
            locateDocumentType()
            _ = refuse("the document type declaration has an internal subset (entity or other declarations), which is refused")
            return
        }
        let sink = errorSink.pointee
        let code = Int(sink.code)
        let detail = withUnsafeBytes(of: sink.message) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var error = XMLStreamError(code: code, message: sink.count == 0 ? "malformed XML" : XMLErrorText.message(forCode: code, detail: detail),
                                   line: lineNumber, column: columnNumber)
        if sink.count > 0 {
            lineNumber = max(1, Int(sink.line))
            columnNumber = max(1, Int(sink.column))
            error = XMLStreamError(code: code, message: error.message, line: lineNumber, column: columnNumber)
        }
        if !sawElement && (code == 4 || code == 5) {
            lineNumber = 1
            columnNumber = 1
            error = XMLStreamError(code: code, message: "no XML elements: the file is empty or holds only white space", line: 1, column: 1)
        } else if sink.count > 0, let end = source.end(), lineNumber >= end.line {
            error.atEnd = true
        }
        if detail.contains("Excessive depth") {
            error = XMLStreamError(code: code, message: "elements are nested more than 256 deep", line: lineNumber, column: columnNumber)
            error.isLimit = true
        }
        (target ?? delegate)?.parser(self, parseErrorOccurred: error)
    }
}
