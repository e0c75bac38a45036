import StakeMap

extension ContactImporter {
    /// The actor with `id`: one this import adds, or the network's.
    func actor(_ id: String) -> Actor? {
        graph.actor(withID: id) ?? pendingPosition(id).map { result.change.actors[$0] }
    }

    /// Adds a new actor to the change and makes it findable.
    mutating func append(_ actor: Actor) {
        setPending(actor.id, result.change.actors.count)
        result.change.actors.append(actor)
        result.added.append(actor.id)
        taken.insert(actor.id)
        matcher.add(actor)
    }

    /// Records what a row adds to an existing actor: into the import's own new entry, as a partial
    /// entry (same id and kind) when the actor is defined in an included file, or not at all (with
    /// a warning) when it is defined in the receiving file itself.
    mutating func record(_ additions: Actor, existing: Actor, row: ContactRow, added: inout [ContactImport.Addition]) {
        if let position = pendingPosition(additions.id) {
            result.change.actors[position] = Self.merging(additions, into: result.change.actors[position])
        } else if localIDs.contains(additions.id) {
            update(existing, with: additions)
        } else {
            setPending(additions.id, result.change.actors.count)
            result.change.actors.append(additions)
        }
    }

    /// Sets the keys `additions` brings on the entry of `existing` in the receiving file.
    mutating func update(_ existing: Actor, with additions: Actor) {
        let base = updateIndex[existing.id].map { result.change.updates[$0].actor } ?? existing
        var merged = Self.merging(additions, into: base)
        var keys: [String] = []
        if merged.name != base.name { keys.append("name") }
        if merged.fields != base.fields { keys.append("fields") }
        if merged.tags != base.tags { keys.append("tags") }
        if let title = additions.title, merged.title != title { merged.title = title }
        if merged.title != base.title { keys.append("title") }
        if let country = additions.country { merged.country = country }
        if merged.country != base.country { keys.append("country") }
        if merged.sensitivity != base.sensitivity { keys.append("sensitivity") }
        guard !keys.isEmpty else { return }
        if let position = updateIndex[existing.id] {
            result.change.updates[position].actor = merged
            result.change.updates[position].keys += keys.filter { !result.change.updates[position].keys.contains($0) }
        } else {
            updateIndex[existing.id] = result.change.updates.count
            result.change.updates.append(EntryUpdate(actor: merged, keys: keys))
        }
    }

    /// The organisation of a row, found or added, and the tie to it (`works-for` from a person,
    /// `member-of` otherwise), unless the network has it already.
    mutating func link(_ actor: Actor, to row: ContactRow) {
        guard let organisation = row.value(.organisation) else { return }
        let orgID: String
        switch matcher.match(id: nil, names: [organisation]) {
        case let .certain(id):
            orgID = id
        case let .uncertain(candidates):
            guard options.mergeUncertain, let first = candidates.first else {
                return result.uncertain.append(.init(line: row.line, name: organisation, candidates: candidates))
            }
            orgID = first
        case .none:
            let name = ContactRow.localized(organisation)
            orgID = ActorIDs.unique(for: organisation, fallback: "organization", taken: taken)
            append(Actor(id: orgID, kind: .organization, name: name))
        }
        guard orgID != actor.id else { return }
        let kind: TieKind = actor.kind == .person ? .worksFor : .memberOf
        let exists = (graph.ties + result.change.ties).contains { $0.from == actor.id && $0.to == orgID && $0.kind == kind }
        if !exists { result.change.ties.append(Tie(from: actor.id, to: orgID, kind: kind)) }
    }

    /// The row's country as an ISO code; a name not known is left out with a warning.
    mutating func country(_ row: ContactRow) -> String? {
        guard let text = row.value(.country) else { return nil }
        if let code = CountryNames.code(for: text) { return code }
        result.warnings.append(.init(line: row.line, reason: .unknownCountry(text)))
        return nil
    }

    private static func merging(_ additions: Actor, into actor: Actor) -> Actor {
        var merged = actor
        merged.name = actor.name.merging(additions.name)
        merged.fields.merge(additions.fields) { mine, _ in mine }
        merged.tags += additions.tags.filter { !actor.tags.contains($0) }
        if merged.title == nil { merged.title = additions.title }
        if merged.country == nil { merged.country = additions.country }
        merged.sensitivity = max(merged.sensitivity, additions.sensitivity)
        return merged
    }
}

/// One row of a contacts sheet with its columns' meanings.
struct ContactRow {
    let cells: [String]
    let columns: [ContactColumn]
    let line: Int

    /// The first non-empty cell of `column`.
    func value(_ column: ContactColumn) -> String? {
        for (index, kind) in columns.enumerated() where kind == column && index < cells.count && !cells[index].isEmpty {
            return cells[index]
        }
        return nil
    }

    /// The cell of `column` split on `,` `;` `|` `،`.
    func list(_ column: ContactColumn) -> [String] {
        guard let text = value(column) else { return [] }
        return text.split { ",;|،".contains($0) }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The name: the Name column with the per-language columns, none replacing another.
    var name: LocalizedText {
        var perLanguage = [String: String]()
        for (index, column) in columns.enumerated() where index < cells.count && !cells[index].isEmpty {
            if case let .nameIn(language) = column { perLanguage[language] = cells[index] }
        }
        guard !perLanguage.isEmpty else { return value(.name).map(Self.localized) ?? LocalizedText([:]) }
        var extra: [String] = []
        return ForeignNames.name(label: value(.name), perLanguage: perLanguage, fallback: "", aliases: &extra)
    }

    /// Email, phone (always texts) and the columns with no StakeMap field.
    var fields: [String: FieldValue] {
        var fields = [String: FieldValue]()
        for (index, column) in columns.enumerated() where index < cells.count && !cells[index].isEmpty {
            switch column {
            case .email: fields["email"] = .text(cells[index])
            case .phone: fields["phone"] = .text(cells[index])
            case let .field(key) where !key.isEmpty: fields[key] = FieldValue(inferring: cells[index])
            default: break
            }
        }
        return fields
    }

    /// Whether the row has an email or a phone number.
    var hasContactDetails: Bool { value(.email) != nil || value(.phone) != nil }

    /// A name in Arabic script as `{ar: …}`, another as a plain name.
    static func localized(_ text: String) -> LocalizedText {
        ForeignNames.isArabic(text) ? LocalizedText(["ar": text]) : LocalizedText(text)
    }
}
