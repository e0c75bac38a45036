/// Escaping of text on its way to Graphviz, so that a name renders as that text, never as
/// markup or as a Graphviz escape, in every output format.
///
/// Graphviz treats plain labels as "escString": `\N`, `\G`, `\E`, `\T`, `\H`, `\L` are
/// replaced by object names, `\n`, `\l`, `\r` break lines, `\\` is a backslash, and HTML
/// entities (`&amp;`) are decoded. HTML-like labels are XML.
enum GraphvizText {
    /// `text` as a plain (escString) label: backslashes doubled, `&` and `"` as entities,
    /// line breaks as `\n`, control characters removed.
    static func label(_ text: String) -> String {
        escaped(text, backslash: "\\\\")
    }

    /// `text` as a tooltip. Graphviz un-escapes tooltips twice, so a backslash is quadrupled.
    static func tooltip(_ text: String) -> String {
        escaped(text, backslash: "\\\\\\\\")
    }

    /// `text` as character data inside an HTML-like label; line breaks become `<BR/>`.
    static func html(_ text: String) -> String {
        normalizedLines(text).split(separator: "\n", omittingEmptySubsequences: false)
            .map { MarkupEscaping.escaped(String($0)) }.joined(separator: "<BR/>")
    }

    /// `text` on one line: each line break (`\n`) as ` / `, as between the names of one actor
    /// in two languages.
    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(0x0A) else { return text }
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            if byte == 0x0A { bytes.append(contentsOf: " / ".utf8) } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A value safe for an XML `id`: ASCII letters, digits, `.`, `_` and `-` kept, every other
    /// byte of the UTF-8 form as `%XX`.
    static func identifier(_ text: String) -> String {
        // Most ids are identifiers already: returned as they are, without a copy.
        if text.utf8.allSatisfy(isIdentifierByte) { return text }
        var result = ""
        for byte in text.utf8 {
            if isIdentifierByte(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    /// Whether `byte` stands for itself in an `identifier`: an ASCII letter or digit, `.`, `_`, `-`.
    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// `text` with line breaks unified (`normalizedLines`), then each backslash as `backslash`,
    /// `&` and `"` as entities and each line break as `\n`.
    ///
    /// Works on the UTF-8 bytes: every character it changes is ASCII or a whole multi-byte
    /// sequence it recognises, so the result is valid UTF-8. A name with nothing to change
    /// (most names, in any script) is returned as it is, without a copy.
    private static func escaped(_ text: String, backslash: String) -> String {
        rewritten(text, escaping: true) { bytes in
            var result = [UInt8]()
            result.reserveCapacity(bytes.count + 16)
            let backslashBytes = Array(backslash.utf8)
            normalize(bytes) { byte in
                switch byte {
                case UInt8(ascii: "\\"): result.append(contentsOf: backslashBytes)
                case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "\n"): result.append(contentsOf: "\\n".utf8)
                default: result.append(byte)
                }
            }
            return result
        }
    }

    /// Line breaks unified to `\n`, tabs to spaces, other control characters and XML
    /// non-characters removed (they would make SVG ill-formed).
    static func normalizedLines(_ text: String) -> String {
        rewritten(text, escaping: false) { bytes in
            var result = [UInt8]()
            result.reserveCapacity(bytes.count)
            normalize(bytes) { result.append($0) }
            return result
        }
    }

    /// `text` as it is when nothing in it needs attention (`needsAttention`), else the bytes
    /// `rewrite` makes of its UTF-8 form.
    private static func rewritten(_ text: String, escaping: Bool,
                                  _ rewrite: (UnsafeBufferPointer<UInt8>) -> [UInt8]) -> String {
        var copy = text
        let changed: [UInt8]? = copy.withUTF8 { needsAttention($0, escaping: escaping) ? rewrite($0) : nil }
        return changed.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// Whether `bytes` hold a control character, a C1 control (`C2 80`…`C2 9F`), U+FFFE or
    /// U+FFFF (`EF BF BE`/`BF`) and, when `escaping`, a backslash, `&` or `"`.
    private static func needsAttention(_ bytes: UnsafeBufferPointer<UInt8>, escaping: Bool) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x00...0x1F, 0x7F: return true
            case UInt8(ascii: "\\"), UInt8(ascii: "&"), UInt8(ascii: "\""): if escaping { return true }
            case 0xC2: if index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
            case 0xEF:
                if index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return true }
            default: break
            }
            index += 1
        }
        return false
    }

    /// Passes the bytes of `bytes` to `emit` with `\r\n` and `\r` as `\n`, a tab as a space,
    /// and other control characters, C1 controls, U+FFFE and U+FFFF left out.
    private static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (UInt8) -> Void) {
        var index = 0
        var previousWasCarriageReturn = false
        while index < bytes.count {
            let byte = bytes[index]
            defer { previousWasCarriageReturn = byte == 0x0D }
            switch byte {
            case 0x0D: emit(0x0A)
            case 0x0A: if !previousWasCarriageReturn { emit(0x0A) }
            case 0x09: emit(0x20)
            case 0x00...0x1F, 0x7F: break
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                index += 1
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                index += 2
            default: emit(byte)
            }
            index += 1
        }
    }
}
