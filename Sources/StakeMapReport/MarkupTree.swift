import Plot

/// A piece of the page as data, written either as markup (through Plot, which escapes text) or
/// as JSON (`MarkupJSON`) for the page's script to build on demand (actor cards, table rows beyond the first
/// page), with the same elements, attributes and text either way.
///
/// Attribute values pass `Markup.isSafe` (a value that does not is dropped, as
/// `Markup.attribute` drops it); texts are only ever text: escaped by Plot in markup, JSON
/// strings (escaped by `ReportData.escaped`) that the script writes with `createTextNode`.
enum MarkupTree {
    /// Text.
    case text(String)
    /// An element with attributes (in order) and children.
    indirect case tag(String, [(String, String)], [MarkupTree])
    /// Several pieces side by side.
    case group([MarkupTree])
    /// A link to the card of the actor at this position, with its name as `ActorNames` writes it.
    case card(Int)

    /// An element whose unsafe attribute values are dropped.
    static func element(_ name: String, _ attributes: [(String, String)], _ children: [MarkupTree]) -> MarkupTree {
        .tag(name, attributes.filter { Markup.isSafe($0.1) }, children)
    }

    /// An element whose unsafe attribute values are dropped (variadic form).
    static func element(_ name: String, _ attributes: [(String, String)], _ children: MarkupTree...) -> MarkupTree {
        element(name, attributes, children)
    }

    /// An element without attributes.
    static func element(_ name: String, _ children: [MarkupTree]) -> MarkupTree {
        .tag(name, [], children)
    }

    /// An element without attributes (variadic form).
    static func element(_ name: String, _ children: MarkupTree...) -> MarkupTree {
        .tag(name, [], children)
    }

    /// Nothing.
    static let empty = MarkupTree.group([])

    /// The piece as Plot markup; a card link needs the actors' names.
    func node(names: [MarkupTree] = []) -> BodyNode {
        switch self {
        case .text(let text):
            return .text(text)
        case .tag(let name, let attributes, let children):
            return .element(named: name, nodes: attributes.map { .attribute(named: $0.0, value: $0.1, ignoreIfValueIsEmpty: false) }
                            + children.map { $0.node(names: names) })
        case .group(let children):
            return .group(children.map { $0.node(names: names) })
        case .card(let position):
            return MarkupTree.cardLink(position, names: names).node(names: names)
        }
    }

    /// The link to card `position`: `<a href="#card-N" data-card="N">name</a>`.
    static func cardLink(_ position: Int, names: [MarkupTree]) -> MarkupTree {
        element("a", [("href", "#card-\(position)"), ("data-card", "\(position)")], names.indices.contains(position) ? names[position] : .empty)
    }

    /// A JSON string, with `<`, `>`, `&`, U+2028 and U+2029 (and every control) as `\uXXXX`, so
    /// that it can neither end the script element nor be read as markup.
    static func string(_ text: String, into output: inout String) {
        output += "\""
        // Most texts need no escape: a look at their bytes, then the text as it is.
        var plain = true
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            switch byte {
            case 0..<0x20, 0x22, 0x26, 0x3C, 0x3E, 0x5C, 0x7F: plain = false
            case 0xA8 where previous == (0xE2, 0x80), 0xA9 where previous == (0xE2, 0x80): plain = false
            default: break
            }
            if !plain { break }
            previous = (previous.1, byte)
        }
        if plain {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "<", ">", "&", "\u{2028}", "\u{2029}", "\u{0}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

extension Array where Element == MarkupTree {
    /// The pieces with groups replaced by their children (recursively), empty groups gone.
    var flattened: [MarkupTree] {
        guard contains(where: { if case .group = $0 { true } else { false } }) else { return self }
        return flatMap { piece -> [MarkupTree] in
            if case .group(let children) = piece { return children.flattened }
            return [piece]
        }
    }
}
