import Foundation

/// Reads one file from disk into a composed YAML tree (libyaml events, `YAMLComposer`), turning every failure (unreadable,
/// too big, binary, bad UTF-8, YAML syntax, alias bombs) into a located `StakeMapError`.
enum YAMLDocumentLoader {
    /// Files above this size are refused before parsing.
    static let maximumBytes = 256 * 1024 * 1024

    static func load(path: String) throws(StakeMapError) -> Node {
        let start = SourceLocation(file: path, line: 1, column: 1)
        var (text, byteCount) = try readText(path: path)
        if text.allSatisfy({ $0.isWhitespace }) {
            throw StakeMapError(.invalidInput, "the file is empty", hint: "a network starts with 'stakemap: 1'", at: start)
        }
        var composer = YAMLComposer(path: path)
        let composed: (tree: YAMLTree, expansion: Int)?
        do {
            composed = try text.withUTF8 { try composer.compose($0) }
        } catch let error as StakeMapError {
            throw error
        } catch {
            throw StakeMapError(.invalidInput, "not valid YAML: \(error)", at: start)
        }
        guard let (tree, expansion) = composed else {
            throw StakeMapError(.invalidInput, "the file has no content", hint: "a network starts with 'stakemap: 1'", at: start)
        }
        let budget = byteCount + 10_000
        if expansion > budget { try locateExpansion(in: tree, budget: budget, path: path) }
        return tree.rootNode
    }

    /// Composes YAML text given in memory (no size or expansion budget beyond the text's own).
    static func compose(text: String, name: String) throws(StakeMapError) -> Node? {
        var text = text
        var composer = YAMLComposer(path: name)
        let composed: (tree: YAMLTree, expansion: Int)?
        do {
            composed = try text.withUTF8 { try composer.compose($0) }
        } catch let error as StakeMapError {
            throw error
        } catch {
            throw StakeMapError(.invalidInput, "not valid YAML: \(error)", at: SourceLocation(file: name, line: 1, column: 1))
        }
        guard let (tree, expansion) = composed else { return nil }
        let budget = text.utf8.count + 10_000
        if expansion > budget { try locateExpansion(in: tree, budget: budget, path: name) }
        return tree.rootNode
    }

    /// The file's text (without a byte-order mark) and its size in bytes.
    private static func readText(path: String) throws(StakeMapError) -> (text: String, byteCount: Int) {
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
            data = try FileContents.read(path)
        } catch let error as StakeMapError {
            throw error
        } catch {
            throw StakeMapError(.unreadable, "cannot read '\(path)': \(Self.reason(error))",
                                hint: FileManager.default.fileExists(atPath: path) ? "check its permissions" : "check the path")
        }
        return (try decodeText(data, path: path), data.count)
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
        let hasNUL = data.withUnsafeBytes { bytes in bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
        if !hasNUL, let text = String(validating: data, as: UTF8.self) {
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

    /// Finds where alias expansion passes `budget`, walking depth-first from the root in the
    /// order the reader always used, and refuses the document there (a "billion laughs").
    private static func locateExpansion(in tree: YAMLTree, budget: Int, path: String) throws(StakeMapError) {
        var remaining = budget
        var stack = [tree.root]
        while let index = stack.popLast() {
            remaining -= 1
            let entry = tree.entries[Int(index)]
            if remaining < 0 {
                throw StakeMapError(.limitExceeded, "the YAML aliases expand to more than \(budget) values",
                                    hint: "this looks like an alias bomb; write the values out instead of nesting aliases",
                                    at: SourceLocation(file: path, line: Int(entry.line), column: Int(entry.column)))
            }
            if entry.kind != .scalar { stack.append(contentsOf: tree.childIndices(index)) }
        }
    }
}
