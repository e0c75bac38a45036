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
}
