/// One actor a home actor could meet next, and the facts that suggest it.
public struct MeetingSuggestion: Sendable, Hashable {
    /// The actor to meet.
    public let actor: String
    /// Actors tied to both the home actor and `actor`, sorted by id.
    public let commonContacts: [String]
    /// Adamic–Adar over the common contacts (Adamic & Adar 2003): rarer contacts weigh more.
    public let score: Double
    /// When `actor` holds a post the home actor knows through an earlier holder: the post and
    /// that earlier holder.
    public let succession: (post: String, previousHolder: String)?
    /// The facts the suggestion rests on.
    public let claims: [SuggestionClaim]

    public static func == (lhs: MeetingSuggestion, rhs: MeetingSuggestion) -> Bool {
        lhs.actor == rhs.actor && lhs.commonContacts == rhs.commonContacts && lhs.score == rhs.score
            && lhs.succession?.post == rhs.succession?.post
            && lhs.succession?.previousHolder == rhs.succession?.previousHolder && lhs.claims == rhs.claims
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(actor)
        hasher.combine(claims)
    }
}

/// A fact behind a suggestion, in the claims vocabulary of DESIGN.md (`tie`, `not-met`, `holds`).
public enum SuggestionClaim: Sendable, Hashable, Encodable {
    /// A tie of `kind` from `from` to `to`.
    case tie(from: String, to: String, kind: TieKind)
    /// `a` and `b` have no tie and no shared event.
    case notMet(a: String, b: String)
    /// `person` holds (or held) `post`.
    case holds(person: String, post: String)

    private enum Keys: String, CodingKey { case claim, from, to, kind, a, b, person, post }

    /// Encodes as `{"claim": KIND, …}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        switch self {
        case .tie(let from, let to, let kind):
            try container.encode("tie", forKey: .claim)
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
            try container.encode(kind.rawValue, forKey: .kind)
        case .notMet(let a, let b):
            try container.encode("not-met", forKey: .claim)
            try container.encode(a, forKey: .a)
            try container.encode(b, forKey: .b)
        case .holds(let person, let post):
            try container.encode("holds", forKey: .claim)
            try container.encode(person, forKey: .person)
            try container.encode(post, forKey: .post)
        }
    }
}

extension LinkPredictor {
    /// Whom `home` should meet next: first the current holders of posts whose earlier holder
    /// `home` knows (the relationship is with the office), then the best link-prediction
    /// candidates by Adamic–Adar over shared contacts; never an actor `home` already has a tie
    /// or a shared event with. Each suggestion carries its claims.
    /// - Complexity: O(Σ_{z ∈ N(home)} deg(z) + t) for `t` ties.
    public func suggestions(for home: String, limit: Int = 10) -> [MeetingSuggestion] {
        var result = [MeetingSuggestion]()
        var taken = Set<String>()
        for (post, previous, current) in successions(for: home) where taken.insert(current).inserted {
            let evidence = firstTie(between: home, and: previous)
            result.append(MeetingSuggestion(
                actor: current, commonContacts: [], score: 0, succession: (post, previous),
                claims: evidence + [.holds(person: previous, post: post), .holds(person: current, post: post),
                                    .notMet(a: home, b: current)]))
        }
        for candidate in candidates(for: home, measure: .adamicAdar, limit: limit + taken.count)
        where taken.insert(candidate.second).inserted {
            var claims = [SuggestionClaim]()
            for contact in candidate.commonNeighbors {
                claims += firstTie(between: home, and: contact) + firstTie(between: contact, and: candidate.second)
            }
            claims.append(.notMet(a: home, b: candidate.second))
            result.append(MeetingSuggestion(actor: candidate.second, commonContacts: candidate.commonNeighbors,
                                            score: candidate.adamicAdar, succession: nil, claims: claims))
        }
        return Array(result.prefix(limit))
    }

    /// The first tie between two actors, as a claim (none when they have no tie).
    private func firstTie(between a: String, and b: String) -> [SuggestionClaim] {
        guard let tie = tieIndex.ties(between: a, and: b).first else { return [] }
        return [.tie(from: tie.from, to: tie.to, kind: tie.kind)]
    }
}

extension LinkPredictor {
    /// Posts whose current holder `home` has not met while it knows an earlier holder:
    /// `(post, previous holder, current holder)`, by post id. The current holder is the one whose
    /// `holds` tie starts last; undated `holds` ties are not ordered and not used.
    func successions(for home: String) -> [(post: String, previous: String, current: String)] {
        var holders = [String: [Tie]]()
        for tie in graph.ties where tie.kind == .holds && tie.date != nil { holders[tie.to, default: []].append(tie) }
        var result = [(post: String, previous: String, current: String)]()
        for post in holders.keys.sorted() {
            guard let ties = holders[post],
                  let current = ties.max(by: { Self.start($0) != Self.start($1) ? Self.start($0) < Self.start($1) : $0.from > $1.from }),
                  current.from != home, !knows(home, current.from) else { continue }
            let earlier = ties.filter { $0.from != current.from && $0.from != home && knows(home, $0.from) }
                .sorted { Self.start($0) != Self.start($1) ? Self.start($0) > Self.start($1) : $0.from < $1.from }
            if let previous = earlier.first { result.append((post, previous.from, current.from)) }
        }
        return result
    }

    /// The first day of a tie's date (0 when undated).
    private static func start(_ tie: Tie) -> Int { tie.date?.start.firstDayNumber ?? 0 }

    /// Whether `a` and `b` have a tie or a shared event.
    func knows(_ a: String, _ b: String) -> Bool {
        (neighbors[a]?.contains(b) ?? false) || !(events[a] ?? []).isDisjoint(with: events[b] ?? [])
    }
}
