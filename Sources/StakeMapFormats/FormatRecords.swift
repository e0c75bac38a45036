/// Actors and ties as flat key → text records: the columns of GraphML, GEXF, Kumu, DOT and Neo4j.
///
/// The keys are the native field names (`follow_up`, `sensitivity`), with a name or title per
/// language as `name_ar`, `title_en`, and lists in one cell (`FormatListText`). The foreign
/// readers know every key, so a record read back gives the same actor or tie.
public enum FormatRecords {
    /// The value type of a column, for formats that declare one.
    public enum ValueType: String, Sendable {
        /// Text.
        case string
        /// A whole number.
        case int
        /// A floating-point number.
        case double
    }

    /// The type of the values of `key`.
    public static func type(of key: String) -> ValueType {
        switch key {
        case "influence", "stance", "strength": .int
        case "weight": .double
        default: .string
        }
    }

    /// The record of an actor, without its id: `label` (the display name) first, then every field set.
    public static func actor(_ actor: Actor) -> [(key: String, value: String)] {
        var pairs: [(key: String, value: String)] = [("label", actor.displayName()), ("kind", actor.kind.rawValue)]
        if !actor.name.isPlain {
            for language in actor.name.languages { pairs.append(("name_\(language)", actor.name.translations[language] ?? "")) }
        }
        if !actor.aliases.isEmpty { pairs.append(("aliases", FormatListText.join(actor.aliases))) }
        if let country = actor.country { pairs.append(("country", country)) }
        if let place = actor.place { pairs.append(("place", place)) }
        if let region = actor.region { pairs.append(("region", region)) }
        if let title = actor.title {
            if title.isPlain {
                pairs.append(("title", title.text()))
            } else {
                for language in title.languages { pairs.append(("title_\(language)", title.translations[language] ?? "")) }
            }
        }
        if let gender = actor.gender { pairs.append(("gender", gender.rawValue)) }
        if !actor.tags.isEmpty { pairs.append(("tags", FormatListText.join(actor.tags))) }
        if let influence = actor.influence { pairs.append(("influence", "\(influence)")) }
        if let stance = actor.stance { pairs.append(("stance", "\(stance)")) }
        pairs.append(("sensitivity", actor.sensitivity.rawValue))
        if let note = actor.note { pairs.append(("note", note)) }
        if !actor.sources.isEmpty { pairs.append(("sources", FormatListText.join(actor.sources.map(\.description)))) }
        return pairs + customFields(actor.fields)
    }

    /// The record of a tie, without its ends: `kind` first, then every field set (`strength`,
    /// `confidence` and `sensitivity` always). A tie that came kind-less and directed from a foreign
    /// file (`related`, `declaredDirected`) is written kind-less again, so that the readers give
    /// it back its declared direction.
    public static func tie(_ tie: Tie) -> [(key: String, value: String)] {
        var pairs: [(key: String, value: String)] = hasDeclaredDirection(tie) ? [] : [("kind", tie.kind.rawValue)]
        if let date = tie.date {
            if tie.usesStartEnd {
                pairs.append(("start", date.start.description))
                if date.end != date.start { pairs.append(("end", date.end.description)) }
            } else {
                pairs.append(("date", date.description))
            }
        }
        if let place = tie.place { pairs.append(("place", place)) }
        pairs.append(("strength", "\(tie.strength)"))
        if let weight = tie.weight { pairs.append(("weight", "\(weight)")) }
        pairs.append(("confidence", tie.confidence.rawValue))
        pairs.append(("sensitivity", tie.sensitivity.rawValue))
        if let outcome = tie.outcome { pairs.append(("outcome", outcome)) }
        if let followUp = tie.followUp { pairs.append(("follow_up", followUp.description)) }
        if let note = tie.note { pairs.append(("note", note)) }
        if !tie.sources.isEmpty { pairs.append(("sources", FormatListText.join(tie.sources.map(\.description)))) }
        return pairs + customFields(tie.fields, onEdges: true)
    }

    /// Whether `tie` is directed only because a foreign file said so (no StakeMap kind was given).
    public static func hasDeclaredDirection(_ tie: Tie) -> Bool {
        tie.declaredDirected == true && tie.kind == .related
    }

    /// The keys used by any of `records`, in first-use order (the column order of a table).
    public static func columns(_ records: [[(key: String, value: String)]]) -> [String] {
        var seen = Set<String>()
        var keys: [String] = []
        for record in records {
            for (key, _) in record where seen.insert(key).inserted { keys.append(key) }
        }
        return keys
    }
}
