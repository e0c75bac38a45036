extension FormatRecords {
    /// The columns of custom fields, keys sorted: each under its own name (`club`), or as
    /// `field_KEY` when the name is also a StakeMap field's (`field_kind`), so that the readers
    /// give it back as the same custom field.
    static func customFields(_ fields: [String: FieldValue], onEdges: Bool = false) -> [(key: String, value: String)] {
        fields.sorted { $0.key < $1.key }.map { key, value in
            (column(forField: key, onEdges: onEdges), value.description)
        }
    }

    /// The column name of custom field `key`.
    static func column(forField key: String, onEdges: Bool) -> String {
        let isCustom = onEdges ? ForeignEdgeField(attribute: key) == .field(key) : ForeignNodeField(attribute: key) == .field(key)
        return isCustom ? key : ForeignFieldName.customPrefix + key
    }

    /// The GraphML `attr.type` of each custom-field column whose values all share a type:
    /// `long` when every value is a whole number, `double` when they are numbers, `boolean` when
    /// yes/no; columns of texts, dates or mixed values are absent (they are strings).
    static func graphMLFieldTypes(_ fields: [[String: FieldValue]], onEdges: Bool = false) -> [String: String] {
        var types = [String: String]()
        var mixed = Set<String>()
        for record in fields {
            for (key, value) in record {
                let column = column(forField: key, onEdges: onEdges)
                guard !mixed.contains(column) else { continue }
                let type: String?
                switch value {
                case let .number(number): type = number == number.rounded() && abs(number) < 9.0e15 ? "long" : "double"
                case .flag: type = "boolean"
                case .text, .date: type = nil
                }
                switch (types[column], type) {
                case (_, nil): mixed.insert(column); types[column] = nil
                case (nil, let type?): types[column] = type
                case ("long", "double"), ("double", "long"): types[column] = "double"
                case (let old?, let new?) where old != new: mixed.insert(column); types[column] = nil
                default: break
                }
            }
        }
        return types
    }
}
