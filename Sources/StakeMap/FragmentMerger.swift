/// Merges the fragments of a file and its includes into one network, reporting duplicate ids
/// within a file and conflicting values across files.
struct FragmentMerger {
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sources = LocatedList<Source>()
    private(set) var actors = LocatedList<Actor>()
    private(set) var ties = LocatedList<Tie>()
    private(set) var events = LocatedList<Event>()
    private var sourceIndex: [String: Int] = [:]
    private var actorIndex: [String: Int] = [:]
    private var eventIndex: [String: Int] = [:]
    private var tieIndex: [Tie.IdentityKey: Int] = [:]

    mutating func add(_ fragment: consuming Fragment) {
        // The id tables sized once for the file (thousands of items: no growing and rehashing).
        sourceIndex.reserveCapacity(sourceIndex.count + fragment.sources.count)
        actorIndex.reserveCapacity(actorIndex.count + fragment.actors.count)
        eventIndex.reserveCapacity(eventIndex.count + fragment.events.count)
        tieIndex.reserveCapacity(tieIndex.count + fragment.ties.count)
        merge(&fragment.sources, into: \.sources) { $0.add($1, slot: $2) }
        merge(&fragment.actors, into: \.actors) { $0.add($1, slot: $2) }
        merge(&fragment.events, into: \.events) { $0.add($1, slot: $2) }
        merge(&fragment.ties, into: \.ties) { $0.add($1, slot: $2) }
    }

    /// Adds every item of `incoming` to `list`. The first file's list is adopted and compacted
    /// in place rather than copied, so that a big file's items are not held twice at the peak.
    private mutating func merge<Value>(_ incoming: inout LocatedList<Value>, into list: WritableKeyPath<FragmentMerger, LocatedList<Value>>,
                                       _ add: (inout FragmentMerger, Located<Value>, Int) -> Bool) {
        if self[keyPath: list].isEmpty {
            swap(&self[keyPath: list], &incoming)
            var kept = 0
            for position in self[keyPath: list].indices {
                let item = self[keyPath: list][position]
                if add(&self, item, kept) {
                    // Moved up only past a dropped duplicate; otherwise it is in its place.
                    if kept != position { self[keyPath: list][kept] = item }
                    kept += 1
                }
            }
            self[keyPath: list].removeLast(self[keyPath: list].count - kept)
        } else {
            self[keyPath: list].reserveCapacity(self[keyPath: list].count + incoming.count)
            for item in incoming where add(&self, item, self[keyPath: list].count) {
                self[keyPath: list].append(item)
            }
        }
    }

    private mutating func conflict(_ what: String, _ field: String, _ mine: String, _ theirs: String,
                                   at location: SourceLocation, other: SourceLocation) {
        diagnostics.append(Diagnostic(.error, at: location,
            "conflicting \(field) for \(what): '\(mine)' here, '\(theirs)' at \(other)",
            hint: "make the two entries agree, or declare the value in one file only"))
    }

    private mutating func duplicate(_ what: String, _ id: String, at location: SourceLocation, first: SourceLocation) {
        diagnostics.append(Diagnostic(.error, at: location, "duplicate \(what) id '\(id)' (first declared at \(first))",
                                      hint: "ids must be unique; merge the two entries or rename one"))
    }

    /// Merges an optional scalar, reporting a conflict when both sides have different values.
    private mutating func merge<T: Equatable>(_ current: inout T?, _ incoming: T?, field: String, what: String,
                                              describe: (T) -> String, at: SourceLocation, other: SourceLocation) {
        guard let incoming else { return }
        if let existing = current, existing != incoming {
            conflict(what, field, describe(incoming), describe(existing), at: at, other: other)
        } else {
            current = incoming
        }
    }

    /// Unites custom fields; the same key with two different values is a conflict.
    private mutating func mergeFields(_ current: inout [String: FieldValue], _ incoming: [String: FieldValue],
                                      what: String, at: SourceLocation, other: SourceLocation) {
        for (key, value) in incoming.sorted(by: { $0.key < $1.key }) {
            var existing = current[key]
            merge(&existing, value, field: "fields.\(key)", what: what, describe: \.description, at: at, other: other)
            current[key] = existing
        }
    }

    private mutating func mergeText(_ current: inout LocalizedText?, _ incoming: LocalizedText?, field: String,
                                    what: String, at: SourceLocation, other: SourceLocation) {
        guard let incoming else { return }
        guard let existing = current else {
            current = incoming
            return
        }
        for (language, text) in incoming.translations {
            if let mine = existing.translations[language], mine != text {
                conflict(what, language.isEmpty ? field : "\(field) (\(language))", text, mine, at: at, other: other)
            }
        }
        current = existing.merging(incoming)
    }

    /// Merges `incoming`; true when it is new and is to be stored at `slot`.
    private mutating func add(_ incoming: Located<Source>, slot: Int) -> Bool {
        let id = incoming.value.id
        guard let position = sourceIndex[id] else {
            sourceIndex[id] = slot
            return true
        }
        let existing = sources[position]
        if existing.location.file == incoming.location.file {
            duplicate("source", id, at: incoming.location, first: existing.location)
            return false
        }
        var merged = existing.value, new = incoming.value
        let what = "source '\(id)'", here = incoming.location, there = existing.location
        mergeText(&merged.title, new.title, field: "title", what: what, at: here, other: there)
        merge(&merged.file, new.file, field: "file", what: what, describe: { $0 }, at: here, other: there)
        merge(&merged.url, new.url, field: "url", what: what, describe: { $0 }, at: here, other: there)
        merge(&merged.date, new.date, field: "date", what: what, describe: \.description, at: here, other: there)
        merge(&merged.language, new.language, field: "language", what: what, describe: { $0 }, at: here, other: there)
        merge(&merged.note, new.note, field: "note", what: what, describe: { $0 }, at: here, other: there)
        new = merged
        sources[valueAt: position] = new
        return false
    }

    /// Merges `incoming`; true when it is new and is to be stored at `slot`.
    private mutating func add(_ incoming: Located<Actor>, slot: Int) -> Bool {
        let id = incoming.value.id
        if let position = eventIndex[id] {
            diagnostics.append(Diagnostic(.error, at: incoming.location,
                "actor id '\(id)' is already the id of an event (at \(events[position].location))",
                hint: "actors and events share one namespace; rename one"))
            return false
        }
        guard let position = actorIndex[id] else {
            actorIndex[id] = slot
            return true
        }
        let existing = actors[position]
        if existing.location.file == incoming.location.file {
            duplicate("actor", id, at: incoming.location, first: existing.location)
            return false
        }
        var merged = existing.value
        let new = incoming.value
        let what = "actor '\(id)'", here = incoming.location, there = existing.location
        if merged.kind != new.kind {
            conflict(what, "kind", new.kind.rawValue, merged.kind.rawValue, at: incoming.location(of: "kind"), other: existing.location(of: "kind"))
        }
        // A name given only by the id (no `name` key) does not conflict with a real name.
        let existingDefaulted = existing.keyLocations.contains("name.default")
        let incomingDefaulted = incoming.keyLocations.contains("name.default")
        if existingDefaulted && !incomingDefaulted {
            merged.name = new.name
            actors[keyLocationsAt: position].remove("name.default")
        } else if !incomingDefaulted {
            var name: LocalizedText? = merged.name
            mergeText(&name, new.name, field: "name", what: what, at: incoming.location(of: "name"), other: existing.location(of: "name"))
            merged.name = name ?? merged.name
        }
        merged.aliases = union(merged.aliases, new.aliases)
        merged.tags = union(merged.tags, new.tags)
        merged.sources = union(merged.sources, new.sources)
        merge(&merged.country, new.country, field: "country", what: what, describe: { $0 }, at: here, other: there)
        merge(&merged.place, new.place, field: "place", what: what, describe: { $0 }, at: here, other: there)
        merge(&merged.region, new.region, field: "region", what: what, describe: { $0 }, at: here, other: there)
        mergeText(&merged.title, new.title, field: "title", what: what, at: here, other: there)
        merge(&merged.gender, new.gender, field: "gender", what: what, describe: \.rawValue, at: here, other: there)
        merge(&merged.influence, new.influence, field: "influence", what: what, describe: { "\($0)" }, at: here, other: there)
        merge(&merged.stance, new.stance, field: "stance", what: what, describe: { "\($0)" }, at: here, other: there)
        merge(&merged.note, new.note, field: "note", what: what, describe: { $0 }, at: here, other: there)
        mergeFields(&merged.fields, new.fields, what: what, at: here, other: there)
        if new.sensitivity != merged.sensitivity {
            // The stricter level wins: protection is never lowered by a merge.
            merged.sensitivity = max(merged.sensitivity, new.sensitivity)
        }
        actors[valueAt: position] = merged
        return false
    }

    /// Merges `incoming`; true when it is new and is to be stored at `slot`.
    private mutating func add(_ incoming: Located<Event>, slot: Int) -> Bool {
        let id = incoming.value.id
        if let position = actorIndex[id] {
            diagnostics.append(Diagnostic(.error, at: incoming.location,
                "event id '\(id)' is already the id of an actor (at \(actors[position].location))",
                hint: "actors and events share one namespace; rename one"))
            return false
        }
        guard let position = eventIndex[id] else {
            eventIndex[id] = slot
            return true
        }
        let existing = events[position]
        if existing.location.file == incoming.location.file {
            duplicate("event", id, at: incoming.location, first: existing.location)
            return false
        }
        var merged = existing.value
        let new = incoming.value
        let what = "event '\(id)'", here = incoming.location, there = existing.location
        if merged.kind != new.kind {
            conflict(what, "kind", new.kind.rawValue, merged.kind.rawValue, at: here, other: there)
        }
        mergeText(&merged.name, new.name, field: "name", what: what, at: here, other: there)
        merge(&merged.date, new.date, field: "date", what: what, describe: \.description, at: here, other: there)
        merge(&merged.place, new.place, field: "place", what: what, describe: { $0 }, at: here, other: there)
        merge(&merged.outcome, new.outcome, field: "outcome", what: what, describe: { $0 }, at: here, other: there)
        merge(&merged.followUp, new.followUp, field: "follow_up", what: what, describe: \.description, at: here, other: there)
        merge(&merged.note, new.note, field: "note", what: what, describe: { $0 }, at: here, other: there)
        merged.organizers = union(merged.organizers, new.organizers)
        let known = Set(merged.participants.map(\.id))
        merged.participants += new.participants.filter { !known.contains($0.id) }
        merged.topics = union(merged.topics, new.topics)
        merged.sources = union(merged.sources, new.sources)
        merged.sensitivity = max(merged.sensitivity, new.sensitivity)
        events[valueAt: position] = merged
        return false
    }

    /// Merges `incoming`; true when it is new and is to be stored at `slot`.
    private mutating func add(_ incoming: Located<Tie>, slot: Int) -> Bool {
        let identity = incoming.value.identityKey
        guard let position = tieIndex[identity] else {
            tieIndex[identity] = slot
            return true
        }
        let existing = ties[position]
        var merged = existing.value
        let new = incoming.value
        let what = "tie \(new.from) —\(new.kind.rawValue)→ \(new.to)", here = incoming.location, there = existing.location
        if merged.strength != new.strength {
            conflict(what, "strength", "\(new.strength)", "\(merged.strength)", at: here, other: there)
        }
        merge(&merged.place, new.place, field: "place", what: what, describe: { $0 }, at: here, other: there)
        merge(&merged.weight, new.weight, field: "weight", what: what, describe: { "\($0)" }, at: here, other: there)
        merge(&merged.outcome, new.outcome, field: "outcome", what: what, describe: { $0 }, at: here, other: there)
        merge(&merged.followUp, new.followUp, field: "follow_up", what: what, describe: \.description, at: here, other: there)
        merge(&merged.note, new.note, field: "note", what: what, describe: { $0 }, at: here, other: there)
        if merged.confidence != new.confidence {
            conflict(what, "confidence", new.confidence.rawValue, merged.confidence.rawValue, at: here, other: there)
        }
        mergeFields(&merged.fields, new.fields, what: what, at: here, other: there)
        merged.sensitivity = max(merged.sensitivity, new.sensitivity)
        merged.sources = union(merged.sources, new.sources)
        ties[valueAt: position] = merged
        return false
    }

    private func union<T: Hashable>(_ first: [T], _ second: [T]) -> [T] {
        var seen = Set(first)
        return first + second.filter { seen.insert($0).inserted }
    }
}
