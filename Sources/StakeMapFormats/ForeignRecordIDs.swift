import StakeMap

/// Source and event ids from a foreign file that are not valid native ids (`se/ed-002` cited in
/// a `sources` attribute, `#arib-…` in StakeMap's carried events), or that two records share:
/// renamed to unique slugs, in the records and in every citation alike, so that the native file
/// written from the network validates (found by fuzzing the GEXF and GraphML readers).
enum ForeignRecordIDs {
    /// `graph` with every source and event id valid and unique; returns `old → new` for each rename.
    /// - Complexity: O(sources + events + citations).
    static func fit(_ graph: inout Graph) -> [String] {
        var sources = graph.sources, actors = graph.actors, ties = graph.ties, events = graph.events
        let cited = actors.flatMap(\.sources) + ties.flatMap(\.sources) + events.flatMap(\.sources)
        var sourceNames = Renamer(ids: sources.map(\.id) + cited.map(\.sourceID))
        var renames: [String] = []
        // A citation names the first record with its id; a later record with the same id is renamed.
        var seen = Set<String>()
        for index in sources.indices {
            let id = sources[index].id
            let new = seen.insert(id).inserted ? sourceNames.valid(id) : sourceNames.fresh(id)
            if new != id { renames.append("\(id) → \(new)") }
            sources[index].id = new
        }
        for id in Set(cited.map(\.sourceID)).subtracting(seen).sorted() where !ForeignIDs.isSlug(id) {
            renames.append("\(id) → \(sourceNames.valid(id))")
        }
        if !renames.isEmpty {
            func rename(_ citations: [Citation]) -> [Citation] {
                citations.map { Citation(sourceID: sourceNames.valid($0.sourceID), locator: $0.locator) }
            }
            for index in actors.indices { actors[index].sources = rename(actors[index].sources) }
            for index in ties.indices { ties[index].sources = rename(ties[index].sources) }
            for index in events.indices { events[index].sources = rename(events[index].sources) }
        }
        var eventNames = Renamer(ids: events.map(\.id))
        seen = []
        for index in events.indices {
            let id = events[index].id
            let new = seen.insert(id).inserted ? eventNames.valid(id) : eventNames.fresh(id)
            if new != id { renames.append("\(id) → \(new)") }
            events[index].id = new
        }
        guard !renames.isEmpty else { return [] }
        graph = Graph(title: graph.title, description: graph.description, asOf: graph.asOf, sources: sources,
                      actors: actors, ties: ties, events: events)
        return renames
    }

    /// Valid, unique ids for one kind of record.
    private struct Renamer {
        private var taken: Set<String>
        private var renamed: [String: String] = [:]

        init(ids: [String]) { taken = Set(ids.filter(ForeignIDs.isSlug)) }

        /// `id` itself when valid, else the one slug it is renamed to (the same each time).
        mutating func valid(_ id: String) -> String {
            if ForeignIDs.isSlug(id) { return id }
            if let known = renamed[id] { return known }
            let new = fresh(id)
            renamed[id] = new
            return new
        }

        /// A new id, unused so far, made from `id`.
        mutating func fresh(_ id: String) -> String {
            let base = ForeignIDs.slug(of: id)
            var candidate = base, number = 2
            while taken.contains(candidate) {
                candidate = "\(base)-\(number)"
                number += 1
            }
            taken.insert(candidate)
            return candidate
        }
    }
}
