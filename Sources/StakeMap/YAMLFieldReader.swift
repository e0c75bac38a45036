import Foundation

/// Reads typed fields out of a composed YAML tree, recording every problem as a located diagnostic.
final class YAMLFieldReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func error(_ node: Node, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, at: location(of: node), message, hint: hint))
    }

    func error(at location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, at: location, message, hint: hint))
    }

    /// Whether a node is an explicit or implicit null (`~`, `null`, or nothing).
    func isNull(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// The pairs of a mapping node whose keys are checked against `allowed`; nil (with an error) otherwise.
    func mapping(_ node: Node, what: String, allowed: [String]) -> [(key: String, keyNode: Node, value: Node)]? {
        guard case let .mapping(mapping) = node else {
            error(node, "\(what) must be a mapping of keys to values", hint: kindHint(node))
            return nil
        }
        var result = [(key: String, keyNode: Node, value: Node)]()
        for (keyNode, value) in mapping {
            guard case let .scalar(scalar) = keyNode else {
                error(keyNode, "keys in \(what) must be plain words")
                continue
            }
            let key = scalar.string
            if !allowed.contains(key) {
                let hint = Suggestion.hint(for: key, in: allowed) ?? "allowed keys: \(allowed.joined(separator: ", "))"
                error(keyNode, "unknown key '\(key)' in \(what)", hint: hint)
                continue
            }
            result.append((key, keyNode, value))
        }
        return result
    }

    /// A scalar's text; nil (with an error) for a mapping or sequence, nil (silently) for null.
    /// `key` is only worded when there is an error (it is often built from parts).
    func string(_ node: Node, key: @autoclosure () -> String) -> String? {
        if isNull(node) { return nil }
        guard case let .scalar(scalar) = node else {
            error(node, "'\(key())' must be a single value", hint: kindHint(node))
            return nil
        }
        return scalar.string
    }

    /// A non-empty scalar that is required; reports when missing or empty.
    func requiredString(_ node: Node, key: String) -> String? {
        guard let text = string(node, key: key) else {
            if isNull(node) { error(node, "'\(key)' has no value") }
            return nil
        }
        // Blank when every scalar is in `CharacterSet.whitespaces` (tab and the Zs spaces),
        // tested without Foundation's trimming, which copies the text.
        if text.unicodeScalars.allSatisfy({ $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }) {
            error(node, "'\(key)' is empty")
            return nil
        }
        return text
    }

    /// An integer within `range`.
    func integer(_ node: Node, key: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = string(node, key: key) else { return nil }
        guard let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) else {
            error(node, "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
            return nil
        }
        guard range.contains(value) else {
            error(node, "'\(key)' is \(value), out of range \(range.lowerBound)…\(range.upperBound)")
            return nil
        }
        return value
    }

    /// A positive finite number.
    func positiveNumber(_ node: Node, key: String) -> Double? {
        guard let text = string(node, key: key) else { return nil }
        guard let value = Double(text), value.isFinite, value > 0 else {
            error(node, "'\(key)' must be a positive number, not '\(text)'")
            return nil
        }
        return value
    }

    /// A value of a string enum, with a did-you-mean hint.
    func enumeration<E: RawRepresentable & CaseIterable>(_ node: Node, key: String, as type: E.Type) -> E?
    where E.RawValue == String {
        guard let text = string(node, key: key) else { return nil }
        if let value = E(rawValue: text) { return value }
        let names = E.allCases.map(\.rawValue)
        let hint = Suggestion.hint(for: text, in: names) ?? "expected one of: \(names.joined(separator: ", "))"
        error(node, "unknown \(key.replacingOccurrences(of: "_", with: " ")) '\(text)'", hint: hint)
        return nil
    }

    /// A text, or a map of language codes to texts.
    func localized(_ node: Node, key: String) -> LocalizedText? {
        if isNull(node) { return nil }
        switch node {
        case let .scalar(scalar):
            return LocalizedText(scalar.string)
        case let .mapping(mapping):
            var translations = [String: String](minimumCapacity: mapping.count)
            for (languageNode, valueNode) in mapping {
                guard let language = string(languageNode, key: "language code") else { continue }
                guard isLanguageCode(language) else {
                    error(languageNode, "'\(language)' in '\(key)' is not a language code", hint: "use codes such as en, ar, fr")
                    continue
                }
                if let value = string(valueNode, key: "\(key).\(language)") { translations[language] = value }
            }
            return translations.isEmpty ? nil : LocalizedText(translations)
        default:
            error(node, "'\(key)' must be a text or a map of languages to texts", hint: "e.g. {en: Together We Build It, ar: معا نبنيها}")
            return nil
        }
    }

    /// A sequence of scalars (a single scalar is accepted as a one-element list).
    func stringList(_ node: Node, key: String) -> [String] {
        if isNull(node) { return [] }
        switch node {
        case .scalar:
            return string(node, key: key).map { [$0] } ?? []
        case let .sequence(sequence):
            return sequence.compactMap { string($0, key: "an item of '\(key)'") }
        default:
            error(node, "'\(key)' must be a list", hint: "e.g. \(key): [a, b]")
            return []
        }
    }

    /// The items of a sequence node.
    func sequence(_ node: Node, key: String) -> [Node] {
        if isNull(node) { return [] }
        guard case let .sequence(sequence) = node else {
            error(node, "'\(key)' must be a list", hint: "start each item with '- '")
            return []
        }
        return Array(sequence)
    }

    /// A date or date range.
    func dateSpan(_ node: Node, key: String) -> DateSpan? {
        guard let text = string(node, key: key) else { return nil }
        if let span = DateSpan(parsing: text) { return span }
        error(node, "'\(text)' is not a valid date for '\(key)'", hint: dateHint(text))
        return nil
    }

    /// A single partial date.
    func partialDate(_ node: Node, key: String) -> PartialDate? {
        guard let text = string(node, key: key) else { return nil }
        if let date = PartialDate(parsing: text) { return date }
        error(node, "'\(text)' is not a valid date for '\(key)'", hint: dateHint(text))
        return nil
    }

    /// A list of citations `SOURCE` or `SOURCE#locator`.
    func citations(_ node: Node, key: String) -> [Located<Citation>] {
        let items: [Node]
        switch node {
        case .scalar where !isNull(node): items = [node]
        default: items = sequence(node, key: key)
        }
        return items.compactMap { item in
            guard let text = requiredString(item, key: "a source citation") else { return nil }
            return Located(value: Citation(parsing: text), location: location(of: item), keyLocations: KeyLocations())
        }
    }

    /// A slug id.
    func identifier(_ node: Node, key: String) -> String? {
        guard let id = requiredString(node, key: key) else { return nil }
        guard NativeSchema.isSlug(id) else {
            let suggestion = NativeSchema.slugSuggestion(for: id)
            error(node, "'\(id)' is not a valid id: use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit",
                  hint: suggestion.isEmpty ? nil : "e.g. '\(suggestion)'")
            return nil
        }
        return id
    }

    /// A BCP 47-like code: two or three lower-case ASCII letters, then `-` parts of 1–8 ASCII
    /// letters or digits (`en`, `ar`, `zh-Hant`). Checked on the bytes: it runs for every name.
    private func isLanguageCode(_ text: String) -> Bool {
        LocalizedText.isLanguageCode(text)
    }

    private func dateHint(_ text: String) -> String {
        let parts = text.components(separatedBy: "..")
        if parts.count == 2, parts.allSatisfy({ PartialDate(parsing: $0) != nil }) { return "the end is before the start" }
        if PartialDate.looksLikeDate(text) { return "that day does not exist" }
        return "write YYYY, YYYY-MM, YYYY-MM-DD, or a range START..END"
    }

    private func kindHint(_ node: Node) -> String? {
        switch node {
        case .sequence: "found a list"
        case .mapping: "found a mapping"
        case .scalar: "found a single value"
        }
    }
}

extension PartialDate {
    /// Whether the text has a date's shape (digits and hyphens) even if the day is impossible.
    static func looksLikeDate(_ text: String) -> Bool {
        text.components(separatedBy: "..").allSatisfy { part in
            let pieces = part.split(separator: "-", omittingEmptySubsequences: false)
            return (1...3).contains(pieces.count) && pieces[0].count == 4
                && pieces.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        }
    }
}
