import StakeMap

/// Texts from a foreign file (StakeMap's carried sources and events in GraphML or GEXF, names in
/// any language key) that a native file cannot hold: a key that is not a language code, or a text
/// without a language beside texts with one. Fitted so that the native file validates (found by
/// fuzzing the GraphML reader): a text under a bad key is dropped, unless it is the only one,
/// when it becomes the text without a language; a text without a language beside others is dropped.
enum ForeignTexts {
    /// Fits every text of `graph`; returns how many texts changed.
    /// - Complexity: O(texts).
    static func fit(_ graph: inout Graph) -> Int {
        var changed = 0
        func fit(_ text: inout LocalizedText) {
            let valid = text.translations.filter { LocalizedText.isLanguageCode($0.key) }
            guard !text.isPlain, valid.count != text.translations.count else { return }
            changed += 1
            if !valid.isEmpty {
                text = LocalizedText(valid)
            } else if let plain = text.translations[""] ?? text.translations.sorted(by: { $0.key < $1.key }).first?.value {
                text = LocalizedText(plain)
            }
        }
        func fit(_ text: inout LocalizedText?) {
            guard var value = text else { return }
            fit(&value)
            text = value
        }
        var title = graph.title, description = graph.description
        var actors = graph.actors, sources = graph.sources, events = graph.events
        fit(&title)
        fit(&description)
        for index in actors.indices {
            fit(&actors[index].name)
            fit(&actors[index].title)
        }
        for index in sources.indices { fit(&sources[index].title) }
        for index in events.indices { fit(&events[index].name) }
        guard changed > 0 else { return 0 }
        graph = Graph(title: title, description: description, asOf: graph.asOf, sources: sources,
                      actors: actors, ties: graph.ties, events: events)
        return changed
    }
}
