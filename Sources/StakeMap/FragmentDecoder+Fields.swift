import Yams

extension FragmentDecoder {
    /// The custom `fields: {key: value}` of an actor or tie. A plain value is typed by how it
    /// reads (`true`, `34`, `2018-09-15`); a quoted one is a text (or a date, as JSON writes them).
    func fields(_ node: Node) -> [String: FieldValue] {
        if reader.isNull(node) { return [:] }
        guard case let .mapping(mapping) = node else {
            reader.error(node, "'fields' must be a mapping of keys to values", hint: "e.g. fields: {club: Mr. Hi, members: 34}")
            return [:]
        }
        var result = [String: FieldValue]()
        for (keyNode, value) in mapping {
            guard case let .scalar(key) = keyNode, !key.string.trimmingCharacters(in: .whitespaces).isEmpty else {
                reader.error(keyNode, "a field name must be a non-empty word")
                continue
            }
            if result[key.string] != nil {
                reader.error(keyNode, "field '\(key.string)' is given twice")
                continue
            }
            if reader.isNull(value) { continue }
            guard case let .scalar(scalar) = value else {
                reader.error(value, "field '\(key.string)' must be a single value (text, number, date or yes/no)")
                continue
            }
            let plain = scalar.style == .plain || scalar.style == .any
            if plain {
                result[key.string] = FieldValue(inferring: scalar.string)
            } else if scalar.string.count >= 7, let date = PartialDate(parsing: scalar.string) {
                result[key.string] = .date(date)  // JSON writes dates as strings
            } else {
                result[key.string] = .text(scalar.string)
            }
        }
        return result
    }
}
