import Foundation

extension XMLPrologGuard {
    /// A byte cursor over the head of the file, with the checks of each prolog part.
    struct Scanner {
        let bytes: [UInt8]
        let file: String
        var position = 0

        init(bytes: [UInt8], file: String) {
            self.bytes = bytes
            self.file = file
        }

        var current: UInt8 { bytes[position] }

        /// The 1-based line and column (in characters) of `offset`.
        func location(at offset: Int? = nil) -> SourceLocation {
            let end = min(offset ?? position, bytes.count)
            var line = 1
            var lineStart = 0
            for index in 0..<end where bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            let column = bytes[lineStart..<end].reduce(1) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
            return SourceLocation(file: file, line: line, column: column)
        }

        func starts(with text: String, at offset: Int? = nil) -> Bool {
            let start = offset ?? position
            let pattern = Array(text.utf8)
            guard start + pattern.count <= bytes.count else { return false }
            return bytes[start..<(start + pattern.count)].elementsEqual(pattern)
        }

        mutating func skipWhitespace() {
            while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        }

        /// Skips a UTF-8 byte order mark; refuses UTF-16 and UTF-32 (by mark or by zero bytes).
        mutating func checkByteOrderMark() throws(StakeMapError) {
            if starts(with: "\u{FEFF}") {
                position = 3
                return
            }
            let first = Array(bytes.prefix(4))
            if first.starts(with: [0xFE, 0xFF]) || first.starts(with: [0xFF, 0xFE]) || first.contains(0) {
                throw StakeMapError(.invalidInput, "the file is UTF-16 or UTF-32 encoded, or binary",
                                    hint: "save it as UTF-8", at: location(at: 0))
            }
        }

        /// Moves past the next `terminator`.
        mutating func skip(past terminator: String, isWholeFile: Bool) throws(StakeMapError) {
            let start = position
            while position < bytes.count {
                if starts(with: terminator) {
                    position += terminator.utf8.count
                    return
                }
                position += 1
            }
            try runOff(from: start, isWholeFile: isWholeFile)
        }

        /// Checks `<?xml … encoding="…"?>` (other processing instructions are skipped).
        mutating func checkProcessingInstruction(isWholeFile: Bool) throws(StakeMapError) {
            let start = position
            try skip(past: "?>", isWholeFile: isWholeFile)
            guard starts(with: "<?xml", at: start), start + 5 < bytes.count,
                  [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start + 5]) else { return }
            let declaration = String(decoding: bytes[start..<position], as: UTF8.self)
            guard let range = declaration.range(of: #"encoding\s*=\s*["']([^"']*)["']"#, options: .regularExpression)
            else { return }
            let encoding = declaration[range].split(whereSeparator: { $0 == "\"" || $0 == "'" }).dropFirst().first
                .map { $0.lowercased() } ?? ""
            if !XMLPrologGuard.acceptedEncodings.contains(encoding) {
                throw StakeMapError(.invalidInput, "unsupported XML encoding '\(encoding)'", hint: "save the file as UTF-8",
                                    at: location(at: start))
            }
        }

        /// Checks `<!DOCTYPE …>`: refuses any entity declaration in it.
        mutating func checkDocumentType(isWholeFile: Bool) throws(StakeMapError) {
            let start = position
            var quote: UInt8?
            var depth = 0
            position += "<!DOCTYPE".utf8.count
            while position < bytes.count {
                let byte = bytes[position]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if starts(with: "<!--") {
                    try skip(past: "-->", isWholeFile: isWholeFile)
                    continue
                } else if starts(with: "<!ENTITY") {
                    throw StakeMapError(.invalidInput, "the document type declares an entity (\(entityName()))",
                                        hint: "entity declarations are refused: they can read local files (XXE) or expand without bound",
                                        at: location())
                } else if byte == UInt8(ascii: "[") {
                    depth += 1
                } else if byte == UInt8(ascii: "]") {
                    depth -= 1
                } else if byte == UInt8(ascii: ">") && depth <= 0 {
                    position += 1
                    return
                }
                position += 1
            }
            try runOff(from: start, isWholeFile: isWholeFile)
        }

        private func entityName() -> String {
            var index = position + "<!ENTITY".utf8.count
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "%")].contains(bytes[index]) { index += 1 }
            var end = index
            while end < bytes.count, end - index < 64, ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">")].contains(bytes[end]) {
                end += 1
            }
            let name = String(decoding: bytes[index..<end], as: UTF8.self)
            return name.isEmpty ? "<!ENTITY" : "'\(name)'"
        }

        private func runOff(from start: Int, isWholeFile: Bool) throws(StakeMapError) {
            if isWholeFile {
                throw StakeMapError(.invalidInput, "the file ends inside its prolog (it looks truncated)", at: location(at: start))
            }
            throw StakeMapError(.limitExceeded, "the XML prolog is longer than \(bytes.count) bytes",
                                hint: "GraphML needs no document type declaration", at: location(at: start))
        }
    }
}
