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
    /// The facts the suggestion rests on, in the claims vocabulary of docs/CLAIMS.md (`tie`,
    /// `holds`, `not-met`, `no-link`), checkable like the gap and plan claims.
    public let claims: [Claim]

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

extension LinkPredictor {
    /// Whom `home` should meet next: first the current holders of posts whose earlier holder
    /// `home` knows (the relationship is with the office), then the best link-prediction
    /// candidates by Adamic–Adar over shared contacts. Never an actor `home` already has a tie
    /// of any kind (counted or not) or a shared event with, and never one that cannot be met in
    /// person: a `post` (its holder is suggested instead) or a `state` as a whole. Each suggestion
    /// carries its claims, ending with `not-met` and `no-link` between `home` and the actor.
    /// - Complexity: O(Σ_{z ∈ N(home)} deg(z) + c log c + t) for `c` candidates and `t` ties.
    public func suggestions(for home: String, limit: Int = 10) -> [MeetingSuggestion] {
        var result = [MeetingSuggestion]()
        var taken = Set<String>()
        for (post, previous, current) in successions(for: home)
        where isMeetable(current, from: home) && taken.insert(current).inserted {
            let evidence = firstTie(between: home, and: previous)
            result.append(MeetingSuggestion(
                actor: current, commonContacts: [], score: 0, succession: (post, previous),
                claims: evidence + [.holds(person: previous, post: post), .holds(person: current, post: post)]
                    + unlinked(home, current)))
        }
        for candidate in candidates(for: home, measure: .adamicAdar, limit: .max) where result.count < limit {
            guard isMeetable(candidate.second, from: home), taken.insert(candidate.second).inserted else { continue }
            var claims = [Claim]()
            for contact in candidate.commonNeighbors {
                claims += firstTie(between: home, and: contact) + firstTie(between: contact, and: candidate.second)
            }
            result.append(MeetingSuggestion(actor: candidate.second, commonContacts: candidate.commonNeighbors,
                                            score: candidate.adamicAdar, succession: nil, claims: claims + unlinked(home, candidate.second)))
        }
        return Array(result.prefix(limit))
    }

    /// Kinds of actor no one meets in person: an office (its holder is met) and a state as a whole.
    public static let unmeetableKinds: Set<ActorKind> = [.post, .state]

    /// Whether `actor` can be suggested to `home`: a kind one meets, and no tie of any kind (even
    /// one `--kinds` does not count) and no shared event with `home` yet.
    private func isMeetable(_ actor: String, from home: String) -> Bool {
        guard let kind = graph.actor(withID: actor)?.kind, !Self.unmeetableKinds.contains(kind) else { return false }
        return tieIndex.ties(between: home, and: actor).isEmpty && (events[home] ?? []).isDisjoint(with: events[actor] ?? [])
    }

    /// The claims that `home` and `actor` have not met and have no link at all.
    private func unlinked(_ home: String, _ actor: String) -> [Claim] {
        [.notMet(a: home, b: actor), .noLink(a: [home], b: [actor])]
    }

    /// The first tie between two actors, as a claim (none when they have no tie).
    private func firstTie(between a: String, and b: String) -> [Claim] {
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
