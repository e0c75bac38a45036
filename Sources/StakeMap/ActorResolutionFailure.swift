/// Why an actor reference named no actor the reader may see: a fact (what went wrong, what was
/// typed, which actors come into question), worded by `StakeMapText` in each language
/// (`ResolutionText`) and, for a library user without it, by `error` in English.
public struct ActorResolutionFailure: Error, Sendable, Hashable {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        /// No actor has this id, name or alias; `candidates` are the closest names, in the script
        /// of the query (none when nothing is close).
        case notFound
        /// Several actors the audience may see have this name; `candidates` are all of them.
        case ambiguous
        /// The actor exists, but is classified above the audience asked for (`candidates` is
        /// empty: a withheld actor is not described).
        case withheld(sensitivity: Sensitivity, audience: Audience)
    }

    /// An actor that comes into question.
    public struct Candidate: Sendable, Hashable {
        /// The actor's id.
        public let id: String
        /// The actor's kind.
        public let kind: ActorKind
        /// The actor's name in its languages (for a list in the reader's language).
        public let name: LocalizedText
        /// The name or alias closest to the query, in its script (nil when the id itself is the
        /// closest): what a suggestion shows.
        public let matched: String?

        /// Creates a candidate.
        public init(id: String, kind: ActorKind, name: LocalizedText, matched: String? = nil) {
            self.id = id
            self.kind = kind
            self.name = name
            self.matched = matched
        }
    }

    /// What went wrong.
    public let reason: Reason
    /// What the user typed.
    public let query: String
    /// The actors that come into question (see `Reason`).
    public let candidates: [Candidate]

    /// Creates a failure.
    public init(_ reason: Reason, query: String, candidates: [Candidate] = []) {
        self.reason = reason
        self.query = query
        self.candidates = candidates
    }

    /// Whether the query is in Arabic script (suggestions are shown in the script of the query).
    public var queryIsArabic: Bool { NameNormalizer.isArabic(query) }

    /// The least open audience that sees a withheld actor (`--audience` to suggest).
    public static func keepingAudience(of sensitivity: Sensitivity) -> Audience {
        Audience.allCases.first { $0.canSee(sensitivity) } ?? .confidential
    }
}
