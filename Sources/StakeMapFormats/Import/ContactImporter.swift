import StakeMap

/// Turns a contacts sheet into entries for a network (`ContactImport`): new actors, organisations
/// with `works-for`/`member-of` ties, and merges into the actors the network already has.
public struct ContactImporter {
    let graph: Graph
    let options: ContactImport.Options
    /// Actors whose entries live in the file that receives the import (they cannot be repeated there).
    let localIDs: Set<String>
    var matcher: ContactMatcher
    var result = ContactImport()
    private var pendingIndex: [String: Int] = [:]
    var updateIndex: [String: Int] = [:]
    var taken: Set<String>

    func pendingPosition(_ id: String) -> Int? { pendingIndex[id] }

    mutating func setPending(_ id: String, _ position: Int) { pendingIndex[id] = position }

    /// Creates an importer into `graph`, whose actors with ids in `localIDs` are defined in the
    /// receiving file itself (the others come from included files).
    public init(graph: Graph, localIDs: Set<String>, options: ContactImport.Options = .init()) {
        self.graph = graph
        self.options = options
        self.localIDs = localIDs
        self.matcher = ContactMatcher(actors: graph.actors)
        self.taken = Set(graph.actors.map(\.id)).union(graph.events.map(\.id))
        result.protectedSensitivity = options.contactSensitivity
    }

    /// The import of `sheet`.
    public mutating func run(_ sheet: ContactSheet) -> ContactImport {
        let columns = sheet.header.map(ContactColumn.init(header:))
        result.mapping = zip(sheet.header, columns).enumerated().compactMap { index, pair in
            // A column without a name is listed only when some row has a value in it.
            guard pair.0.isEmpty else { return pair }
            return sheet.rows.contains { index < $0.cells.count && !$0.cells[index].isEmpty } ? ("(column \(index + 1))", pair.1) : nil
        }
        for row in sheet.rows { read(ContactRow(cells: row.cells, columns: columns, line: row.line)) }
        return result
    }

    private mutating func read(_ row: ContactRow) {
        let name = row.name
        guard !name.isEmpty else {
            return result.skipped.append(.init(line: row.line, reason: .noName))
        }
        let match = matcher.match(id: row.value(.id), names: name.allValues + row.list(.aliases))
        switch match {
        case .none:
            add(row, name: name)
        case let .certain(id):
            merge(row, name: name, into: id)
        case let .uncertain(candidates):
            if options.mergeUncertain, let first = candidates.first {
                merge(row, name: name, into: first)
            } else {
                result.uncertain.append(.init(line: row.line, name: name.text(), candidates: candidates))
            }
        }
    }

    private mutating func add(_ row: ContactRow, name: LocalizedText) {
        let kind = row.value(.kind).flatMap(ForeignValue.actorKind) ?? options.defaultKind
        let wanted = row.value(.id).flatMap { ActorIDs.slug($0) == $0 && !taken.contains($0) ? $0 : nil }
        let id = wanted ?? ActorIDs.unique(for: name.exactly("en") ?? name.exactly("") ?? name.text(), fallback: kind.rawValue, taken: taken)
        var actor = Actor(id: id, kind: kind, name: name, aliases: row.list(.aliases), place: row.value(.place),
                          title: row.value(.title).map { LocalizedText($0) }, tags: row.list(.tags), note: row.value(.note),
                          fields: row.fields)
        actor.country = country(row)
        if kind == .person, let gender = row.value(.gender).flatMap(ForeignValue.gender) { actor.gender = gender }
        if row.hasContactDetails {
            actor.sensitivity = options.contactSensitivity
            result.protectedContacts += 1
        }
        append(actor)
        link(actor, to: row)
    }

    private mutating func merge(_ row: ContactRow, name: LocalizedText, into id: String) {
        guard let existing = actor(id) else { return }
        var additions = Actor(id: id, kind: existing.kind, name: LocalizedText([:]))
        var added: [ContactImport.Addition] = []
        for (language, text) in name.translations where existing.name.translations[language] == nil && !existing.allNames.contains(text) {
            additions.name.translations[language] = text
            added.append(.name(language: language))
        }
        for (key, value) in row.fields.sorted(by: { $0.key < $1.key }) {
            if let current = existing.fields[key] {
                if current != value { conflict(row, id, "fields.\(key)", current.description, value.description) }
            } else {
                additions.fields[key] = value
                added.append(.field(key))
            }
        }
        let newTags = row.list(.tags).filter { !existing.tags.contains($0) }
        if !newTags.isEmpty { additions.tags = newTags; added.append(.tags) }
        compare(row, existing, field: "title", record: existing.title?.text(), sheet: row.value(.title)) { additions.title = LocalizedText($0) }
        compare(row, existing, field: "country", record: existing.country, sheet: country(row)) { additions.country = $0 }
        if options.preferSheet && localIDs.contains(id) && pendingPosition(id) == nil {
            for index in result.conflicts.indices where result.conflicts[index].line == row.line && result.conflicts[index].id == id {
                switch result.conflicts[index].field {
                case "title": additions.title = LocalizedText(result.conflicts[index].sheet)
                case "country": additions.country = result.conflicts[index].sheet
                default: continue
                }
                result.conflicts[index].tookSheet = true
                added.append(.fromSheet(field: result.conflicts[index].field))
            }
        }
        if let kind = row.value(.kind).flatMap(ForeignValue.actorKind), kind != existing.kind {
            conflict(row, id, "kind", existing.kind.rawValue, kind.rawValue)
        }
        if row.hasContactDetails && existing.sensitivity < options.contactSensitivity && !additions.fields.isEmpty {
            additions.sensitivity = options.contactSensitivity
            added.append(.sensitivity(options.contactSensitivity))
        }
        if additions.name.isEmpty { additions.name = existing.name }
        if !added.isEmpty { record(additions, existing: existing, row: row, added: &added) }
        result.merged.append(.init(line: row.line, id: id, added: added))
        link(existing, to: row)
    }

    /// A field both sides have: a conflict when they differ; the sheet's value alone is an addition.
    private mutating func compare(_ row: ContactRow, _ existing: Actor, field: String, record: String?, sheet: String?,
                                  add: (String) -> Void) {
        guard let sheet else { return }
        if let record {
            if ActorResolver.normalized(record) != ActorResolver.normalized(sheet) { conflict(row, existing.id, field, record, sheet) }
        } else {
            add(sheet)
        }
    }

    private mutating func conflict(_ row: ContactRow, _ id: String, _ field: String, _ record: String, _ sheet: String) {
        result.conflicts.append(.init(line: row.line, id: id, field: field, record: record, sheet: sheet, tookSheet: false))
    }
}
