/// A value read from a file, with where it was found (for later cross-file diagnostics).
struct Located<Value> {
    var value: Value
    /// The position of the item as a whole.
    var location: SourceLocation
    /// The position of each key that was present.
    var keyLocations: [String: SourceLocation]

    func location(of key: String) -> SourceLocation { keyLocations[key] ?? location }
}

/// What one native file holds, before merging with its includes.
struct Fragment {
    var file: String
    var title: LocalizedText?
    var description: LocalizedText?
    var asOf: Located<PartialDate>?
    var includes: [Located<String>] = []
    var sources: [Located<Source>] = []
    var actors: [Located<Actor>] = []
    var ties: [Located<Tie>] = []
    var events: [Located<Event>] = []
    /// Ids declared in this file whose entries had errors (to avoid cascades of "unknown actor").
    var declaredButInvalid: Set<String> = []
}
