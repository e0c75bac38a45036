/// Where things are in a JSON text, for located diagnostics (Foundation's parser gives no positions).
struct JSONPositions {
    private let bytes: [UInt8]
    private let file: String
    /// For each key of the top-level object whose value is an array: where each of its items starts.
    private(set) var items: [String: [Int]] = [:]

    /// Scans `bytes` once (strings and escapes respected).
    /// - Complexity: O(bytes).
    init(_ bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        var depth = 0
        var inString = false
        var escaped = false
        var stringStart = 0
        var lastString = ""
        var topKey: String?
        var expectingItem = false
        for (offset, byte) in bytes.enumerated() {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 1 { lastString = String(decoding: bytes[(stringStart + 1)..<offset], as: UTF8.self) }
                }
                continue
            }
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            if expectingItem && !isSpace && byte != UInt8(ascii: "]"), let key = topKey {
                items[key, default: []].append(offset)
                expectingItem = false
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                stringStart = offset
            case UInt8(ascii: ":") where depth == 1:
                topKey = lastString
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if depth == 2 && byte == UInt8(ascii: "[") { expectingItem = true }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                expectingItem = false
            case UInt8(ascii: ",") where depth == 2:
                expectingItem = true
            default:
                break
            }
        }
    }

    /// The location of item `index` of the top-level array `key`, or of the file's start.
    func location(of key: String, item index: Int) -> SourceLocation {
        location(at: items[key].flatMap { index < $0.count ? $0[index] : nil } ?? 0)
    }

    /// The 1-based line and column (in characters) of a byte offset.
    func location(at offset: Int) -> SourceLocation {
        var line = 1
        var lineStart = 0
        let end = min(max(0, offset), bytes.count)
        for index in 0..<end where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = bytes[lineStart..<end].reduce(1) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        return SourceLocation(file: file, line: line, column: column)
    }
}
