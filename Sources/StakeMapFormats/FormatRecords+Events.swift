extension FormatRecords {
    /// The record of an event, without its id and attendees: `label`, `kind`, then every field set.
    public static func event(_ event: Event) -> [(key: String, value: String)] {
        var pairs: [(key: String, value: String)] = [("label", event.displayName()), ("kind", event.kind.rawValue)]
        if let name = event.name, !name.isPlain {
            for language in name.languages { pairs.append(("name_\(language)", name.translations[language] ?? "")) }
        }
        if let date = event.date { pairs.append(("date", date.description)) }
        if let place = event.place { pairs.append(("place", place)) }
        if !event.topics.isEmpty { pairs.append(("topics", FormatListText.join(event.topics))) }
        if let outcome = event.outcome { pairs.append(("outcome", outcome)) }
        if let followUp = event.followUp { pairs.append(("follow_up", followUp.description)) }
        pairs.append(("sensitivity", event.sensitivity.rawValue))
        if let note = event.note { pairs.append(("note", note)) }
        if !event.sources.isEmpty { pairs.append(("sources", FormatListText.join(event.sources.map(\.description)))) }
        return pairs
    }

    /// The record of a source, without its id.
    public static func source(_ source: Source) -> [(key: String, value: String)] {
        var pairs: [(key: String, value: String)] = []
        if let title = source.title {
            if title.isPlain {
                pairs.append(("title", title.text()))
            } else {
                for language in title.languages { pairs.append(("title_\(language)", title.translations[language] ?? "")) }
            }
        }
        if let file = source.file { pairs.append(("file", file)) }
        if let url = source.url { pairs.append(("url", url)) }
        if let date = source.date { pairs.append(("date", date.description)) }
        if let language = source.language { pairs.append(("language", language)) }
        if let note = source.note { pairs.append(("note", note)) }
        return pairs
    }

    /// Whether a key's values are lists (written with `FormatListText`).
    public static func isList(_ key: String) -> Bool {
        ["aliases", "tags", "sources", "topics"].contains(key)
    }
}
