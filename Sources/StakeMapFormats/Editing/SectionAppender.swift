import Foundation
import StakeMap

/// Appends entries at the end of one top-level section (`actors:`, `ties:`, `events:`) of a
/// native file's text, leaving every other byte of the text as it was.
///
/// The new lines take the indentation of the section's existing items and the file's line ending
/// (`\n` or `\r\n`); a missing section is added at the end of the file, and an empty flow section
/// (`ties: []`) becomes a block section (only that line changes).
public struct SectionAppender: Sendable {
    /// The file's text.
    public let text: String
    /// The name shown in errors.
    public let file: String

    /// Creates an appender over `text`.
    public init(text: String, file: String) {
        self.text = text
        self.file = file
    }

    /// The text with `entries` (each a list of lines without indentation or line ending, as the
    /// native writer emits a sequence item: `- id: x`, `  kind: person`) at the end of `section`.
    /// - Throws: `StakeMapError` (`.unsupported`) when the section is a non-empty one-line list.
    public func appending(_ entries: [[String]], to section: String) throws(StakeMapError) -> String {
        guard !entries.isEmpty else { return text }
        var lines = Self.lines(of: text)
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        guard let header = lines.firstIndex(where: { Self.topLevelKey(of: $0) == section }) else {
            var result = text
            if let last = result.unicodeScalars.last, last != "\n" { result += newline }
            if !result.isEmpty { result += newline }
            result += section + ":" + newline
            result += entries.joined().map { "  " + $0 + newline }.joined()
            return result
        }
        let headerLine = Self.content(of: lines[header])
        let rest = headerLine.dropFirst(section.count + 1).trimmingCharacters(in: .whitespaces)
        var replaceHeader = false
        if !rest.isEmpty && !rest.hasPrefix("#") {
            guard rest.hasPrefix("[]") || rest.hasPrefix("{}") else {
                throw StakeMapError(.unsupported, "the '\(section)' section of \(file) is written on one line",
                                    hint: "write it as a block list (one '- ' item per line) to add entries to it")
            }
            replaceHeader = true
        }
        var end = header + 1
        while end < lines.count, Self.topLevelKey(of: lines[end]) == nil, !Self.isDocumentMarker(lines[end]) { end += 1 }
        var last = header
        var indent: Int?
        for index in (header + 1)..<end {
            let content = Self.content(of: lines[index])
            let trimmed = content.drop { $0 == " " }
            if trimmed.isEmpty || (content.first == "#") { continue }
            if indent == nil, trimmed.hasPrefix("-") { indent = content.count - trimmed.count }
            last = index
        }
        let pad = String(repeating: " ", count: indent ?? 2)
        let added = entries.joined().map { pad + $0 + newline }.joined()
        if replaceHeader { lines[header] = Substring(section + ":" + newline) }
        if !lines[last].hasSuffix("\n") { lines[last] += newline }
        lines.insert(Substring(added), at: last + 1)
        return lines.joined()
    }

    /// The lines of `text`, each with its line ending.
    static func lines(of text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == "\n" || text[index] == "\r\n" {
                result.append(text[start..<next])
                start = next
            }
            index = next
        }
        if start < text.endIndex { result.append(text[start...]) }
        return result
    }

    /// A line without its line ending.
    static func content(of line: Substring) -> Substring {
        var content = line
        while let last = content.last, last == "\n" || last == "\r\n" || last == "\r" { content.removeLast() }
        return content
    }

    /// The key of a top-level mapping line (`actors:` → `actors`), nil for any other line.
    static func topLevelKey(of line: Substring) -> String? {
        let content = content(of: line)
        guard let first = content.unicodeScalars.first, first.properties.isAlphabetic || first == "_" || first == "\"" else { return nil }
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let after = content[content.index(after: colon)...]
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        return String(content[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
    }

    private static func isDocumentMarker(_ line: Substring) -> Bool {
        let content = content(of: line)
        return content.hasPrefix("---") || content.hasPrefix("...")
    }
}

extension SectionAppender {
    /// The ids of the actors whose entries are in this text's `actors:` section.
    public var actorIDs: Set<String> {
        var ids = Set<String>()
        var inActors = false
        for line in Self.lines(of: text) {
            if let key = Self.topLevelKey(of: line) { inActors = key == "actors"; continue }
            guard inActors else { continue }
            var content = Self.content(of: line).drop { $0 == " " }
            if content.hasPrefix("-") { content = content.dropFirst().drop { $0 == " " } }
            if content.hasPrefix("{") { content = content.dropFirst().drop { $0 == " " } }
            guard content.hasPrefix("id:") else { continue }
            let value = content.dropFirst(3).drop { $0 == " " || $0 == "\"" || $0 == "'" }
            let id = value.prefix { !",}\"' #".contains($0) }
            if !id.isEmpty { ids.insert(String(id)) }
        }
        return ids
    }
}
