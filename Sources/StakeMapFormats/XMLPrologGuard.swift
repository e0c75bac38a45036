import Foundation

/// Checks the start of an XML file before any parser sees it.
///
/// Refuses what GraphML never needs and an attacker would use: a document type declaration that
/// declares entities (external entities read local files, XXE; nested internal entities expand
/// exponentially, the "billion laughs"), encodings other than UTF-8-compatible ones (which could
/// hide such a declaration from this check), and input that is not XML at all.
enum XMLPrologGuard {
    /// Encodings (as declared in `<?xml … encoding="…"?>`) whose bytes this check can read.
    static let acceptedEncodings: Set<String> = [
        "utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1",
        "iso-8859-15", "windows-1252", "cp1252",
    ]

    /// Throws a located error when `head` (the first bytes of the file) is not acceptable.
    /// - Parameters:
    ///   - head: the first bytes of the file, or all of it.
    ///   - isWholeFile: whether `head` is the whole file (else a prolog running past it is too long).
    static func check(_ head: [UInt8], isWholeFile: Bool, file: String) throws(StakeMapError) {
        var scanner = Scanner(bytes: head, file: file)
        guard !head.isEmpty else {
            throw StakeMapError(.invalidInput, "the file is empty", hint: "a GraphML file starts with <?xml or <graphml",
                                at: SourceLocation(file: file, line: 1, column: 1))
        }
        try scanner.checkByteOrderMark()
        while true {
            scanner.skipWhitespace()
            guard scanner.position < head.count else {
                if isWholeFile {
                    throw StakeMapError(.invalidInput, "the file holds no XML, only white space",
                                        hint: "a GraphML file starts with <?xml or <graphml", at: SourceLocation(file: file, line: 1, column: 1))
                }
                throw StakeMapError(.limitExceeded, "the XML prolog is longer than \(head.count) bytes",
                                    hint: "GraphML needs no document type declaration", at: scanner.location())
            }
            guard scanner.current == UInt8(ascii: "<") else {
                throw StakeMapError(.invalidInput, "not an XML file: expected '<' here",
                                    hint: "is this a GraphML file? it may be binary or in another format", at: scanner.location())
            }
            if scanner.starts(with: "<?") {
                try scanner.checkProcessingInstruction(isWholeFile: isWholeFile)
            } else if scanner.starts(with: "<!--") {
                try scanner.skip(past: "-->", isWholeFile: isWholeFile)
            } else if scanner.starts(with: "<!DOCTYPE") {
                try scanner.checkDocumentType(isWholeFile: isWholeFile)
            } else if scanner.starts(with: "<!") {
                throw StakeMapError(.invalidInput, "unexpected declaration before the root element",
                                    hint: "only <?xml …?>, comments and <!DOCTYPE …> may come before <graphml>", at: scanner.location())
            } else {
                return  // the root element: the prolog is over
            }
        }
    }
}
