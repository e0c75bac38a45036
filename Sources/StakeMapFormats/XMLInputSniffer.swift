/// What a file that should be XML (GraphML, GEXF) but holds no element looks like, from its first
/// bytes: empty, white space only, or another kind of file (a CSV renamed, an image, a ZIP
/// archive…), so that the error says what the file is and what to do instead of "malformed XML".
enum XMLInputSniffer {
    /// The sentence, the hint and where the file's content starts (1-based line and column).
    struct Finding: Sendable, Equatable {
        let message: String
        let hint: String?
        let line: Int
        let column: Int
    }

    /// Why `head` (the first bytes of a file with no XML element; `format` names what it should
    /// be, e.g. "GraphML") is not a document, and what to do.
    /// - Complexity: O(length of `head`).
    static func finding(head: [UInt8], format: String) -> Finding {
        var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1, column = 1
        while start < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[start]) {
            if head[start] == 0x0A { line += 1; column = 1 } else { column += 1 }
            start += 1
        }
        let content = Array(head[start...])
        guard let first = content.first else {
            let what = head.count <= (head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0) ? "the file is empty" : "the file holds only white space"
            return Finding(message: "no XML elements: \(what)", hint: "a \(format) file is XML with one root element", line: 1, column: 1)
        }
        if first == UInt8(ascii: "<") && !looksLikeHTML(content) {
            return Finding(message: "no XML elements: the file holds no element (only a declaration, comments or processing instructions)",
                           hint: "a \(format) file is XML with one root element", line: line, column: column)
        }
        let (kind, advice) = kind(of: content, format: format)
        return Finding(message: "the file is not XML, so not \(format): it starts like \(kind): \(shown(content))",
                       hint: advice, line: line, column: column)
    }

    /// A name for what `bytes` start like, and what to do with such a file.
    private static func kind(of bytes: [UInt8], format: String) -> (String, String) {
        let reexport = "export \(format) again from the tool that made the network"
        let signatures: [([UInt8], String, String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image", "a picture of a network cannot be read; \(reexport)"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image", "a picture of a network cannot be read; \(reexport)"),
            (Array("GIF8".utf8), "a GIF image", "a picture of a network cannot be read; \(reexport)"),
            (Array("%PDF".utf8), "a PDF document", "a PDF cannot be read as a network; \(reexport)"),
            (Array("PK".utf8) + [0x03, 0x04], "a ZIP archive (.zip, .xlsx, .docx, .ods)",
             "unzip it and give the \(format) file inside, or import a spreadsheet with `stakemap import`"),
            ([0x1F, 0x8B], "gzip-compressed data", "decompress it first (gunzip), then give the file it holds"),
            ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document (.xls, .doc)", "save the sheet as CSV and read that (.csv)"),
            (Array("SQLite format 3".utf8), "an SQLite database", reexport),
        ]
        for (signature, name, advice) in signatures where bytes.starts(with: signature) {
            return (name, advice)
        }
        let head = Array(bytes.prefix(4096))
        // The cut may split a character: the longest of the last four prefixes that is valid UTF-8.
        guard let text = (0..<4).lazy.compactMap({ String(validating: head.dropLast($0), as: UTF8.self) }).first,
              !text.unicodeScalars.contains(where: { $0.value < 0x20 && !["\n", "\r", "\t"].contains($0) }) else {
            return ("binary data", reexport)
        }
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        if looksLikeHTML(bytes) {
            return ("an HTML page", "save the page's network as \(format) from the tool that shows it")
        }
        if text.hasPrefix("{") || text.hasPrefix("[") {
            return ("JSON", "if it is a StakeMap, Kumu or node-link JSON file, name it .json")
        }
        if text.hasPrefix("---") || text.hasPrefix("title:") || text.hasPrefix("actors:") || text.hasPrefix("include:") {
            return ("YAML", "if it is a StakeMap network, name it .yaml")
        }
        if [",", ";", "\t"].contains(where: { firstLine.contains($0) }) {
            return ("CSV (a table of separated values)",
                    "if it is a nodes or edges table, name it .csv (a nodes file beside an edges file), or bring it in with `stakemap import`")
        }
        return ("plain text", reexport)
    }

    /// Whether `bytes` (starting with '<') start an HTML page, which libxml2 refuses as XML.
    private static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let start = String(decoding: bytes.prefix(15), as: UTF8.self).lowercased()
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html")
    }

    /// The first bytes, as text in quotes when they are printable, else in hexadecimal.
    private static func shown(_ bytes: [UInt8]) -> String {
        let prefix = Array(bytes.prefix(24))
        if let text = String(validating: prefix, as: UTF8.self),
           text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F || $0 == "\t" }),
           !text.contains("\n") {
            return "'" + text + (bytes.count > prefix.count ? "…" : "") + "'"
        }
        let firstLine = prefix.prefix { $0 != 0x0A && $0 != 0x0D }
        if firstLine.count >= 4, let text = String(validating: firstLine, as: UTF8.self),
           text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F || $0 == "\t" }) {
            return "'" + text + "…'"
        }
        return "bytes " + prefix.prefix(8).map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }.joined(separator: " ")
    }
}
