import CLibYAML

/// Turns libyaml's parser error into a located diagnostic, worded as the reader always did
/// (`YAML syntax: PROBLEM (CONTEXT)` at the problem's mark, with a hint for common mistakes).
enum YAMLSyntaxError {
    static func diagnostic(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>, path: String) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.error {
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
            let detail = parser.context.map { " (\(String(cString: $0)))" } ?? ""
            let mark = parser.problem_mark
            return Diagnostic(.error, at: SourceLocation(file: path, line: mark.line + 1, column: mark.column + 1),
                              "YAML syntax: \(problem)\(detail)", hint: hint(problem))
        case YAML_READER_ERROR:
            return Diagnostic(.error, at: readerLocation(offset: parser.problem_offset, bytes: bytes, path: path),
                              "cannot read the text: \(problem)")
        case YAML_MEMORY_ERROR:
            return Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), "not valid YAML: out of memory")
        default:
            return Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), "not valid YAML: \(problem)")
        }
    }

    /// A hint for the commonest syntax problems.
    static func hint(_ problem: String) -> String? {
        if problem.contains("tab") { return "indent with spaces, not tabs" }
        if problem.contains("mapping values are not allowed") { return "quote values that contain ': '" }
        if problem.contains("did not find expected") { return "check the indentation and closing brackets above this point" }
        if problem.contains("undefined alias") { return "define the anchor (&name) before using *name" }
        return nil
    }

    /// Where a reader error is, computed as before: the byte offset becomes a count of characters,
    /// which is then taken as a count of bytes from the start to find the line and column.
    private static func readerLocation(offset: Int, bytes: UnsafeBufferPointer<UInt8>, path: String) -> SourceLocation {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset, limitedBy: text.utf8.endIndex)?.samePosition(in: text) else {
            return SourceLocation(file: path, line: 1, column: 1)
        }
        let characters = text.distance(from: text.startIndex, to: index)
        let lines = text.utf8.prefix(characters).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return SourceLocation(file: path, line: lines.count, column: (lines.last?.count ?? 0) + 1)
    }
}
