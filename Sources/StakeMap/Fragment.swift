/// What one native file holds, before merging with its includes.
struct Fragment {
    var file: String
    var title: LocalizedText?
    var description: LocalizedText?
    var asOf: Located<PartialDate>?
    var includes: [Located<String>] = []
    var sources: LocatedList<Source> = []
    var actors: LocatedList<Actor> = []
    var ties: LocatedList<Tie> = []
    var events: LocatedList<Event> = []
    /// Ids declared in this file whose entries had errors (to avoid cascades of "unknown actor").
    var declaredButInvalid: Set<String> = []
}
