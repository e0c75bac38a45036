import Foundation
import Yams

/// Reads one file from disk into a composed YAML tree, turning every failure (unreadable,
/// too big, binary, bad UTF-8, YAML syntax, alias bombs) into a located `StakeMapError`.
enum YAMLDocumentLoader {
    /// Files above this size are refused before parsing.
    static let maximumBytes = 256 * 1024 * 1024

    static func load(path: String) throws(StakeMapError) -> Node {
        let start = SourceLocation(file: path, line: 1, column: 1)
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let type = attributes[.type] as? FileAttributeType, type == .typeDirectory {
                throw StakeMapError(.unreadable, "'\(path)' is a directory, not a network file")
            }
            if let size = attributes[.size] as? Int, size > maximumBytes {
                throw StakeMapError(.limitExceeded, "the file is \(size / 1_048_576) MB; the limit is \(maximumBytes / 1_048_576) MB",
                                    hint: "split it into files joined with 'include'", at: start)
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as StakeMapError {
            throw error
        } catch {
            throw StakeMapError(.unreadable, "cannot read '\(path)': \(Self.reason(error))",
                                hint: FileManager.default.fileExists(atPath: path) ? "check its permissions" : "check the path")
        }
        let text = try decodeText(data, path: path)
        if text.allSatisfy({ $0.isWhitespace }) {
            throw StakeMapError(.invalidInput, "the file is empty", hint: "a network starts with 'stakemap: 1'", at: start)
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw StakeMapError(.invalidInput, [diagnostic(for: error, path: path)])
        } catch {
            throw StakeMapError(.invalidInput, "not valid YAML: \(error)", at: start)
        }
        guard let node else {
            throw StakeMapError(.invalidInput, "the file has no content", hint: "a network starts with 'stakemap: 1'", at: start)
        }
        try checkExpansion(of: node, budget: data.count + 10_000, path: path)
        return node
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        switch nsError.code {
        case NSFileReadNoSuchFileError: return "no such file"
        case NSFileReadNoPermissionError: return "permission denied"
        default: return nsError.localizedDescription
        }
    }

    /// Decodes UTF-8, refusing binary data and locating the first invalid byte.
    private static func decodeText(_ data: Data, path: String) throws(StakeMapError) -> String {
        if !data.contains(0), let text = String(validating: data, as: UTF8.self) {
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        var line = 1, column = 1
        let bytes = [UInt8](data)
        var offset = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        while offset < bytes.count {
            let byte = bytes[offset]
            let location = SourceLocation(file: path, line: line, column: column)
            if byte == 0 {
                throw StakeMapError(.invalidInput, "this is a binary file, not a YAML text file (NUL byte)",
                                    hint: "StakeMap reads UTF-8 text; for other formats use the right extension", at: location)
            }
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            var valid = length > 0 && offset + length <= bytes.count
            if valid && length > 1 {
                for continuation in bytes[(offset + 1)..<(offset + length)] where continuation & 0xC0 != 0x80 { valid = false }
                if valid, length == 3, byte == 0xE0, bytes[offset + 1] < 0xA0 { valid = false }
                if valid, length == 3, byte == 0xED, bytes[offset + 1] > 0x9F { valid = false }
                if valid, length == 4, byte == 0xF0, bytes[offset + 1] < 0x90 { valid = false }
                if valid, length == 4, byte == 0xF4, bytes[offset + 1] > 0x8F { valid = false }
            }
            guard valid else {
                throw StakeMapError(.invalidInput, "invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true))",
                                    hint: "save the file as UTF-8", at: location)
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            offset += length
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Converts a Yams error into a located diagnostic with a plain message.
    private static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        func located(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> Diagnostic {
            let detail = context.map { " (\($0.text))" } ?? ""
            return Diagnostic(.error, at: SourceLocation(file: path, line: mark.line, column: mark.column),
                              "YAML syntax: \(problem)\(detail)", hint: syntaxHint(problem))
        }
        switch error {
        case let .scanner(context, problem, mark, _): return located(mark, problem, context)
        case let .parser(context, problem, mark, _): return located(mark, problem, context)
        case let .composer(context, problem, mark, _): return located(mark, problem, context)
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(.error, at: SourceLocation(file: path, line: context.mark.line, column: context.mark.column),
                              "duplicate key \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")) in one mapping",
                              hint: "each key may appear once; merge the two values")
        case let .reader(problem, offset, _, yaml):
            var location = SourceLocation(file: path, line: 1, column: 1)
            if let offset {
                let prefix = yaml.utf8.prefix(offset)
                let lines = prefix.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                location = SourceLocation(file: path, line: lines.count, column: (lines.last?.count ?? 0) + 1)
            }
            return Diagnostic(.error, at: location, "cannot read the text: \(problem)")
        default:
            return Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), "not valid YAML: \(error)")
        }
    }

    private static func syntaxHint(_ problem: String) -> String? {
        if problem.contains("tab") { return "indent with spaces, not tabs" }
        if problem.contains("mapping values are not allowed") { return "quote values that contain ': '" }
        if problem.contains("did not find expected") { return "check the indentation and closing brackets above this point" }
        if problem.contains("undefined alias") { return "define the anchor (&name) before using *name" }
        return nil
    }

    /// Refuses documents whose alias expansion is far larger than the text (a "billion laughs").
    private static func checkExpansion(of root: Node, budget: Int, path: String) throws(StakeMapError) {
        var remaining = budget
        var stack = [root]
        while let node = stack.popLast() {
            remaining -= 1
            if remaining < 0 {
                throw StakeMapError(.limitExceeded, "the YAML aliases expand to more than \(budget) values",
                                    hint: "this looks like an alias bomb; write the values out instead of nesting aliases",
                                    at: SourceLocation(file: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1))
            }
            switch node {
            case let .sequence(sequence): stack.append(contentsOf: sequence)
            case let .mapping(mapping):
                for (key, value) in mapping {
                    stack.append(key)
                    stack.append(value)
                }
            default: break
            }
        }
    }
}
