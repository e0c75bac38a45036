import StakeMap

/// Finds the actor a sheet row describes, among the network's actors and those the import has
/// already added: by id, by a name or alias equal after normalisation (case, diacritics, Arabic
/// harakat), or by the same transliterated spelling (`حنان` ≈ `hnan`); close spellings are uncertain.
struct ContactMatcher {
    /// The result of matching one row.
    enum Match {
        /// No actor has this name.
        case none
        /// One actor, certainly.
        case certain(String)
        /// Possible actors, for the user to decide.
        case uncertain([String])
    }

    private var exact: [String: [String]] = [:]
    private var spelled: [String: [String]] = [:]
    private var skeletons: [String: [String]] = [:]
    private var ids: Set<String> = []

    init(actors: [Actor]) {
        for actor in actors { add(actor) }
    }

    /// Makes `actor` findable.
    mutating func add(_ actor: Actor) {
        ids.insert(actor.id)
        for name in Set(actor.allNames) {
            let normalized = ActorResolver.normalized(name)
            guard !normalized.isEmpty else { continue }
            Self.append(actor.id, to: &exact[normalized])
            let slug = ActorIDs.slug(name)
            if !slug.isEmpty { Self.append(actor.id, to: &spelled[slug]) }
            let skeleton = Self.skeleton(slug)
            if skeleton.count >= 3 { Self.append(actor.id, to: &skeletons[skeleton]) }
        }
    }

    /// The actor meant by a row with this id (if any) and these names.
    func match(id: String?, names: [String]) -> Match {
        if let id, ids.contains(id) { return .certain(id) }
        var certain: [String] = []
        for name in names { for id in exact[ActorResolver.normalized(name)] ?? [] where !certain.contains(id) { certain.append(id) } }
        if certain.isEmpty {
            for name in names { for id in spelled[ActorIDs.slug(name)] ?? [] where !certain.contains(id) { certain.append(id) } }
        }
        if certain.count == 1 { return .certain(certain[0]) }
        if certain.count > 1 { return .uncertain(certain) }
        var possible: [String] = []
        var longest = 0
        for name in names {
            let skeleton = Self.skeleton(ActorIDs.slug(name))
            for id in skeletons[skeleton] ?? [] where !possible.contains(id) {
                possible.append(id)
                longest = max(longest, skeleton.count)
            }
        }
        // One actor with the same consonants over a long enough name: the same name transliterated.
        if possible.count == 1 && longest >= 5 { return .certain(possible[0]) }
        if !possible.isEmpty { return .uncertain(possible) }
        // Close spellings (`Stefanie Wiliams`, `Stephanie Williams`): for the user to decide.
        for name in names {
            let skeleton = Self.skeleton(ActorIDs.slug(name))
            guard skeleton.count >= 8 else { continue }
            for (other, ids) in skeletons where abs(other.count - skeleton.count) <= 2 && Suggestion.editDistance(other, skeleton) <= 2 {
                for id in ids where !possible.contains(id) { possible.append(id) }
            }
        }
        return possible.isEmpty ? .none : .uncertain(possible.sorted())
    }

    /// A spelling without vowels and doubled letters, so that transliterations of one Arabic name
    /// compare equal (`hanan-salah`, `hnan-salh` → `hn-slh`).
    static func skeleton(_ slug: String) -> String {
        var result = ""
        for character in slug where !"aeiouyw".contains(character) {
            if result.last != character { result.append(character) }
        }
        return result
    }

    private static func append(_ id: String, to list: inout [String]?) {
        if list?.contains(id) != true { list = (list ?? []) + [id] }
    }
}
