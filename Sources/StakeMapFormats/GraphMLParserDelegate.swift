import Foundation

/// Receives `XMLStreamParser`'s events for a GraphML file and turns them into foreign nodes and edges.
///
/// Streaming: only the open elements, the current node or edge and the current `<data>` text are held.
final class GraphMLParserDelegate: XMLStreamParserDelegate {
    /// The GraphML elements the reader interprets; everything else is `other`.
    enum Element {
        case graphml, key, keyDefault, graph, node, edge, data, other
    }

    let file: String
    let maxDepth: Int
    var builder: ForeignGraphBuilder

    /// Open elements, innermost last, with where each was opened (`<graphml>` and `<graph>` only, else 0).
    var stack: [(element: Element, name: String, line: Int, column: Int)] = []
    /// Keys by id.
    var keys: [String: GraphMLKey] = [:]
    /// Keys by domain and lower-cased `attr.name` (two keys may not share a name).
    var keyNames: [String: GraphMLKey] = [:]
    /// Keys with a `<default>`, for nodes and for edges.
    var nodeDefaults: [GraphMLKey] = []
    var edgeDefaults: [GraphMLKey] = []
    /// The key being declared, while inside `<key>`.
    var pendingKey: GraphMLKey?
    /// `edgedefault="directed"` of each open `<graph>`.
    var directedGraphs: [Bool] = []
    var node: ForeignNode?
    var edge: ForeignEdge?
    /// Keys given a value on the current node or edge (to apply defaults to the others).
    var keysGiven: [String] = []
    /// The key of the open `<data>`, and where it opened.
    var dataKey: GraphMLKey?
    var dataLocation: SourceLocation?
    /// The depth whose text is being collected (a `<data>`, a `<default>` or a yEd `y:NodeLabel`).
    var captureDepth = 0
    var text = ""
    var hyperedges = 0
    var hyperedgeLocation: SourceLocation?
    /// Set when the reader stopped the parser itself (a limit or a non-GraphML root).
    var stopped = false
    /// Whether the XML itself was malformed (then edge ends are not checked: the nodes may be missing).
    var malformed = false
    /// Whether libxml2 said the input ended with elements open.
    var endedEarly = false
    /// Whether the root element was seen.
    var sawRoot = false

    init(file: String, limits: GraphMLReader.Limits) {
        self.file = file
        self.maxDepth = limits.maxDepth
        self.builder = ForeignGraphBuilder(maxErrors: limits.maxErrors)
    }

    func location(_ parser: XMLStreamParser) -> SourceLocation {
        SourceLocation(file: file, line: parser.lineNumber, column: max(1, parser.columnNumber))
    }

    func parser(_ parser: XMLStreamParser, didStartElement elementName: String, attributes: XMLAttributes) {
        guard !stopped else { return }
        if stack.count >= maxDepth {
            builder.report.limit("elements are nested more than \(maxDepth) deep", at: location(parser),
                                 hint: "GraphML files are shallow; this one is malformed or hostile")
            return stop(parser)
        }
        let element = open(elementName, attributes: attributes, parser: parser)
        guard !stopped else { return }
        // Positions are kept for the outer elements only (the truncation hint names them); a look-up costs.
        let isOuter = element == .graphml || element == .graph
        stack.append((element, elementName, isOuter ? parser.lineNumber : 0, isOuter ? parser.columnNumber : 0))
    }

    func parser(_ parser: XMLStreamParser, didEndElement elementName: String) {
        guard !stopped, let top = stack.popLast() else { return }
        close(top.element, parser: parser)
        if captureDepth > stack.count { captureDepth = 0 }
    }

    func parser(_ parser: XMLStreamParser, foundCharacters string: String) {
        if captureDepth != 0 && captureDepth == stack.count { text += string }
    }

    func parser(_ parser: XMLStreamParser, parseErrorOccurred parseError: XMLStreamError) {
        guard !stopped else { return }
        malformed = true
        if (parseError.atEnd || XMLErrorText.isPrematureEnd(parseError.code)) && !stack.isEmpty {
            endedEarly = true  // reported as truncation by `finish()`
            return
        }
        if parseError.isLimit {
            builder.report.limit(parseError.message, at: location(parser), hint: "GraphML files are shallow; this one is malformed or hostile")
        } else {
            builder.report.error(parseError.message, at: location(parser))
        }
        if builder.report.isFull { stop(parser) }
    }

    /// Stops the parse; later events and the parser's own abort error are ignored.
    func stop(_ parser: XMLStreamParser) {
        stopped = true
        parser.abortParsing()
    }

    /// Reports elements left open at the end of an otherwise well-formed input (a truncated file).
    func finish(_ parser: XMLStreamParser) {
        guard !stopped else { return }
        // After a syntax error, libxml2's recovery may leave elements open: news only if the input ended early.
        if let outer = stack.first, endedEarly || !malformed {
            malformed = true
            let open = stack.map { "<\($0.name)>" }.joined(separator: " ")
            builder.report.error("the file ends with elements still open: \(open) (it looks truncated)", at: location(parser),
                                 hint: "<\(outer.name)> was opened at line \(outer.line)")
        } else if !sawRoot && !malformed {
            builder.report.error("no XML elements found", at: SourceLocation(file: file, line: 1, column: 1))
        }
        if hyperedges > 0 {
            builder.report.warn("\(hyperedges) hyperedges were ignored (StakeMap ties join two actors)", at: hyperedgeLocation)
        }
    }
}
