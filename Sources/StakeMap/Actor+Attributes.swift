extension Actor {
    /// The names `attributeValue(_:)` knows besides custom fields.
    public static let attributeNames = ["kind", "country", "region", "place", "gender", "tag", "sensitivity", "influence", "stance"]

    /// The value of an attribute by name, for grouping and colouring: a StakeMap field (`kind`,
    /// `country`, `region`, `place`, `gender`, `tag` (the first), `sensitivity`, `influence`,
    /// `stance`) or a custom field (`club`, or `field:club`); nil when the actor has none.
    public func attributeValue(_ name: String) -> String? {
        if name.hasPrefix("field:") { return fields[String(name.dropFirst(6))]?.description }
        switch name {
        case "kind": return kind.rawValue
        case "country": return country?.uppercased()
        case "region": return region
        case "place": return place
        case "gender": return gender?.rawValue
        case "tag": return tags.first
        case "sensitivity": return sensitivity.rawValue
        case "influence": return influence.map(String.init)
        case "stance": return stance.map(String.init)
        default: return fields[name]?.description
        }
    }
}
