import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG file parsed with Foundation's XMLParser: its groups by id, with their class, the
/// text drawn inside them, their `<title>` and their tooltip.
final class SVGDocument: NSObject, XMLParserDelegate {
    /// One `<g id=…>` element.
    struct Group {
        var id: String
        var classes: [String]
        var texts: [String] = []
        var title: String?
        var tooltip: String?
    }

    private(set) var groups: [String: Group] = [:]
    private(set) var groupOrder: [String] = []
    private(set) var elementNames = Set<String>()
    private(set) var allTexts: [String] = []
    private var stack: [String?] = []
    private var capture: String?
    private var capturingTitle = false

    /// Parses `data`; nil when it is not well-formed XML.
    static func parse(_ data: Data) -> SVGDocument? {
        let document = SVGDocument()
        let parser = XMLParser(data: data)
        parser.delegate = document
        parser.shouldResolveExternalEntities = false
        return parser.parse() ? document : nil
    }

    /// The text lines drawn in the group `id`, joined by newlines.
    func text(of id: String) -> String? { groups[id].map { $0.texts.joined(separator: "\n") } }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elementNames.insert(name)
        if name == "g" {
            let id = attributes["id"]
            if let id, groups[id] == nil {
                groups[id] = Group(id: id, classes: (attributes["class"] ?? "").split(separator: " ").map(String.init))
                groupOrder.append(id)
            }
            stack.append(id)
        } else if name == "text" {
            capture = ""
        } else if name == "title" {
            capture = ""
            capturingTitle = true
        } else if name == "a", let tooltip = attributes["xlink:title"] {
            for case let id? in stack.reversed() where !id.hasPrefix("a_") {
                if groups[id]?.tooltip == nil { groups[id]?.tooltip = tooltip }
                break
            }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        capture? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "g" {
            _ = stack.popLast()
        } else if name == "text", let text = capture {
            allTexts.append(text)
            for case let id? in stack { groups[id]?.texts.append(text) }
            capture = nil
        } else if name == "title", let text = capture {
            if let id = stack.last ?? nil, groups[id]?.title == nil { groups[id]?.title = text }
            capture = nil
            capturingTitle = false
        }
    }
}
