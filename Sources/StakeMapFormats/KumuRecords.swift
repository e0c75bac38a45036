/// Actors and ties as Kumu elements and connections: Kumu's own fields (`Label`, `Type`,
/// `Description`, `Tags`; `From`, `To`, `Type`, `Direction`) and every other field as a custom field.
///
/// Elements carry an `ID` (the actor id), which connections use in `From`/`To`; Kumu matches on it.
enum KumuRecords {
    /// The StakeMap keys that Kumu's own fields take: they are not repeated as custom fields.
    private static let ownElementKeys: Set<String> = ["label", "kind", "note", "tags"]
    private static let ownConnectionKeys: Set<String> = ["kind", "note"]

    /// The element of an actor: Kumu fields first (`Tags` as a list), then the custom fields.
    static func element(_ actor: Actor) -> (fields: [(key: String, value: String)], tags: [String]) {
        var fields: [(key: String, value: String)] = [("Label", actor.displayName()), ("Type", actor.kind.rawValue),
                                                      ("Description", actor.note ?? ""), ("ID", actor.id)]
        fields += FormatRecords.actor(actor).filter { !ownElementKeys.contains($0.key) }
        return (fields, actor.tags)
    }

    /// The connection of a tie: Kumu fields first, then the custom fields.
    static func connection(_ tie: Tie) -> [(key: String, value: String)] {
        [("From", tie.from), ("To", tie.to), ("Type", FormatRecords.hasDeclaredDirection(tie) ? "" : tie.kind.rawValue),
         ("Direction", tie.isDirected ? "directed" : "undirected"), ("Description", tie.note ?? "")]
            + FormatRecords.tie(tie).filter { !ownConnectionKeys.contains($0.key) }
    }
}
