import StakeMap

/// Sets keys of one block-style actor entry (`- id: x` then one key per line) in a file's text,
/// in place: a key that is there has its line (or lines) replaced, a new key goes at the end of
/// the entry; every other line stays as it was.
public struct EntryUpdate: Sendable, Hashable {
    /// The actor, with the values to write.
    public var actor: Actor
    /// The keys to write (`title`, `country`, `tags`, `fields`, `name`, `sensitivity`).
    public var keys: [String]

    /// Creates an update.
    public init(actor: Actor, keys: [String]) {
        self.actor = actor
        self.keys = keys
    }
}

enum EntryUpdater {
    /// `text` with `update` applied; nil when the actor has no block-style entry in the text.
    static func apply(_ update: EntryUpdate, to text: String) throws(StakeMapError) -> String? {
        var lines = SectionAppender.lines(of: text)
        guard let (start, end, keyIndent) = entry(of: update.actor.id, in: lines) else { return nil }
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        let written = try EntryLines.actors([update.actor]).first ?? []
        var insertAt = end
        for key in update.keys {
            guard let line = written.first(where: { $0.dropFirst(2).hasPrefix(key + ":") }) else { continue }
            let newLine = Substring(String(repeating: " ", count: keyIndent) + line.dropFirst(2) + newline)
            if let found = (start..<insertAt).first(where: { indent(of: lines[$0]) == keyIndent && SectionAppender.content(of: lines[$0]).dropFirst(keyIndent).hasPrefix(key + ":") }) {
                var last = found + 1
                while last < insertAt, !isBlank(lines[last]), indent(of: lines[last]) > keyIndent { last += 1 }
                lines.replaceSubrange(found..<last, with: [newLine])
                insertAt -= last - found - 1
            } else {
                var position = insertAt
                while position > start + 1, isBlank(lines[position - 1]) { position -= 1 }
                if !lines[position - 1].hasSuffix("\n") { lines[position - 1] += newline }
                lines.insert(newLine, at: position)
                insertAt += 1
            }
        }
        return lines.joined()
    }

    /// The lines of the block entry of actor `id`: first line, end (exclusive) and the keys' indentation.
    private static func entry(of id: String, in lines: [Substring]) -> (Int, Int, Int)? {
        var inActors = false
        for (index, line) in lines.enumerated() {
            if let key = SectionAppender.topLevelKey(of: line) { inActors = key == "actors"; continue }
            guard inActors else { continue }
            let content = SectionAppender.content(of: line)
            let itemIndent = indent(of: line)
            let body = content.dropFirst(itemIndent)
            guard body.hasPrefix("- ") else { continue }
            let rest = body.dropFirst(2).drop { $0 == " " }
            guard rest.hasPrefix("id:") else { continue }
            let value = rest.dropFirst(3).drop { $0 == " " || $0 == "\"" || $0 == "'" }.prefix { !"\"' #".contains($0) }
            guard value == id else { continue }
            let keyIndent = itemIndent + (body.count - rest.count)
            var end = index + 1
            while end < lines.count {
                let next = lines[end]
                if SectionAppender.topLevelKey(of: next) != nil { break }
                if !isBlank(next), indent(of: next) <= itemIndent, !SectionAppender.content(of: next).dropFirst(indent(of: next)).hasPrefix("#") { break }
                end += 1
            }
            return (index, end, keyIndent)
        }
        return nil
    }

    private static func indent(of line: Substring) -> Int { line.prefix { $0 == " " }.count }

    private static func isBlank(_ line: Substring) -> Bool {
        let content = SectionAppender.content(of: line).drop { $0 == " " }
        return content.isEmpty || content.hasPrefix("#")
    }
}
