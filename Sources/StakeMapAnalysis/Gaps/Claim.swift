/// One fact a sentence rests on, checkable against the network by another route.
///
/// Every gap finding and every plan target, step and intermediary carries the claims its words
/// rest on; the words (StakeMapText) are rendered from the claims and values only. The kinds and
/// their JSON shapes are listed in docs/CLAIMS.md. The ids are the actual actors involved: when a
/// coalition "has met" someone through a member, the claim names the member.
public enum Claim: Sendable, Hashable {
    /// `a` and `b` met: a `met` tie between them, or both took part in (or organised) one event;
    /// with a date, a meeting on that date.
    case met(a: String, b: String, date: DateSpan?)
    /// `a` and `b` never met: no `met` tie and no event both attended.
    case notMet(a: String, b: String)
    /// The latest dated meeting of `a` and `b` is on `date`.
    case lastMet(a: String, b: String, date: DateSpan)
    /// A tie of `kind` from `from` to `to` (either way for undirected kinds); with `confidence`,
    /// at that confidence; with `sourced`, cited or not; with `dated`, dated or not.
    case tie(from: String, to: String, kind: TieKind, confidence: Confidence? = nil, sourced: Bool? = nil, dated: Bool? = nil)
    /// `person` holds (or held) `post`: a `holds` tie.
    case holds(person: String, post: String)
    /// Consecutive actors are linked by a tie (not `threatens` or `opposes`) or a shared event.
    case path(actors: [String])
    /// A path from `from` to `to` exists, and every path runs through `through` (what
    /// `path --avoid THROUGH` confirms).
    case onlyThrough(from: String, to: String, through: String)
    /// No path links `from` to `to`.
    case noPath(from: String, to: String)
    /// No tie of any kind and no shared event between any actor of `a` and any of `b`.
    case noLink(a: [String], b: [String])
    /// The actor's attribute `field` has `value` (nil: not recorded).
    case attribute(actor: String, field: String, value: String?)
    /// An event on record; with `dated`, dated or not; with `sourced`, cited or not.
    case event(id: String, dated: Bool? = nil, sourced: Bool? = nil)

    /// The kind as written in JSON (`"met"`, `"only-through"`, …).
    public var kind: String {
        switch self {
        case .met: "met"
        case .notMet: "not-met"
        case .lastMet: "last-met"
        case .tie: "tie"
        case .holds: "holds"
        case .path: "path"
        case .onlyThrough: "only-through"
        case .noPath: "no-path"
        case .noLink: "no-link"
        case .attribute: "attribute"
        case .event: "event"
        }
    }

    /// The actors the claim names, for audience checks.
    public var actors: [String] {
        switch self {
        case let .met(a, b, _), let .notMet(a, b), let .lastMet(a, b, _): [a, b]
        case let .tie(from, to, _, _, _, _): [from, to]
        case let .holds(person, post): [person, post]
        case let .path(actors): actors
        case let .onlyThrough(from, to, through): [from, to, through]
        case let .noPath(from, to): [from, to]
        case let .noLink(a, b): a + b
        case let .attribute(actor, _, _): [actor]
        case .event: []
        }
    }
}
