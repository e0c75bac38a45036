import Foundation

/// How a list (tags, aliases, citations) is written in one text cell of a foreign format, and read back.
///
/// Values are joined with `|` (what Kumu, Gephi and spreadsheets expect). When a value could not
/// survive that (it contains `|` or `;`, is empty, or has white space at its ends) the whole list is
/// written as a JSON array instead, so every list comes back exactly.
public enum FormatListText {
    /// The cell text of `values`: `a|b|c`, or `["a|b", "c"]` when a value needs it.
    public static func join(_ values: [String]) -> String {
        let plain = values.allSatisfy { value in
            !value.isEmpty && !value.contains("|") && !value.contains(";") && !value.hasPrefix("[")
                && value.foreignTrimmed.count == value.count
        }
        if plain { return values.joined(separator: "|") }
        guard let data = try? JSONSerialization.data(withJSONObject: values, options: [.withoutEscapingSlashes]) else {
            return values.joined(separator: "|")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The values of a cell: a JSON array of strings, or values separated by `|` or `;`, trimmed,
    /// empty ones dropped.
    public static func split(_ text: String) -> [String] {
        let trimmed = text.foreignTrimmed
        if trimmed.hasPrefix("["), trimmed.hasSuffix("]"),
           let array = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String] {
            return array
        }
        return text.split(whereSeparator: { $0 == "|" || $0 == ";" })
            .map { String($0.foreignTrimmed) }
            .filter { !$0.isEmpty }
    }
}
