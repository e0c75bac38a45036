/// Word wrapping of long labels, so that nodes stay compact and the layout tight.
enum LabelWrapping {
    /// Labels are wrapped at spaces to lines of about this many characters.
    static let width = 30

    /// `text` with each of its lines longer than `width` broken at spaces; a single word
    /// longer than `width` stays whole. Works the same for Arabic (lines stay in reading order).
    static func wrap(_ text: String, width: Int = LabelWrapping.width) -> String {
        // No line of a text of at most `width` bytes can be longer than `width` characters.
        guard text.utf8.count > width else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > width else { return String(line) }
            var lines = [String]()
            var current = ""
            for word in line.split(separator: " ", omittingEmptySubsequences: true) {
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            if !current.isEmpty { lines.append(current) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
