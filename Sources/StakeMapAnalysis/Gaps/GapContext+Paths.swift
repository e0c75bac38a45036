extension GapContext {
    /// The actor a target stands for: a post's latest holder on record (when not itself a
    /// target), else the target.
    public func reachableSubject(of target: String) -> String {
        guard graph.actor(withID: target)?.kind == .post, let holder = posts.currentTenure(of: target)?.person else {
            return target
        }
        return holder
    }

    /// Whether a post target is covered by its holder being a target too.
    public func isCoveredByHolder(_ target: String) -> Bool {
        graph.actor(withID: target)?.kind == .post
            && posts.currentTenure(of: target).map { isTarget($0.person) } == true
    }

    /// The claim that `holder` holds `target` when the target is a post reached through its holder.
    public func holdsClaims(target: String, subject: String) -> [Claim] {
        subject == target ? [] : [.holds(person: subject, post: target)]
    }

    /// The best evidence for one step `a – b` of a path: a meeting (latest first), else the
    /// strongest tie (not hostile), else an event both attended.
    public func stepEvidence(_ a: String, _ b: String) -> GapEvidence? {
        let between = ties.ties(between: a, and: b).filter { $0.kind != .threatens && $0.kind != .opposes }
        if let met = between.filter({ $0.kind == .met }).max(by: { ($0.date?.end.lastDayNumber ?? 0) < ($1.date?.end.lastDayNumber ?? 0) }) {
            return evidence(met)
        }
        if let contact = contacts.contacts(between: a, and: b).first { return evidence(contact, of: a) }
        if let tie = between.max(by: { $0.strength < $1.strength }) { return evidence(tie) }
        return nil
    }

    /// Evidence for every step of a path.
    public func pathEvidence(_ actors: [String]) -> [GapEvidence] {
        zip(actors, actors.dropFirst()).compactMap { stepEvidence($0, $1) }
    }

    /// The claim behind one link `a – b`: `met` (latest) when they met, else a `tie` (the
    /// strongest, not hostile); nil when nothing links them.
    public func linkClaim(_ a: String, _ b: String) -> Claim? {
        if let contact = contacts.contacts(between: a, and: b).first { return claim(contact, of: a) }
        let between = ties.ties(between: a, and: b).filter { $0.kind != .threatens && $0.kind != .opposes }
        return between.max(by: { $0.strength < $1.strength }).map { .tie(from: $0.from, to: $0.to, kind: $0.kind) }
    }

    /// `not-met` claims between `subject` and each of `actors`.
    public func notMetClaims(_ actors: [String], _ subject: String) -> [Claim] {
        actors.filter { $0 != subject }.map { .notMet(a: $0, b: subject) }
    }

    /// `last-met` claims of every coalition member (or, without a home, every actor) who met
    /// `subject` on a dated occasion, each with their latest date.
    public func lastMetClaims(with subject: String) -> [Claim] {
        let pool = home == nil ? contacts.contacts(of: subject).map(\.other) : coalition
        var seen = Set<String>(), result = [Claim]()
        for member in pool where seen.insert(member).inserted {
            if let date = contacts.contacts(between: member, and: subject).first(where: { $0.lastDay != nil })?.date {
                result.append(.lastMet(a: member, b: subject, date: date))
            }
        }
        return result
    }

    /// A Gould–Fernandez summary of an actor's brokerage by kind, if it brokers at all.
    public func rolesEvidence(_ id: String) -> GapEvidence? {
        guard let counts = roles.counts(for: id), counts.betweenGroups > 0 else { return nil }
        return GapEvidence(kind: .measure, actors: [id], detail: .roles(actor: id, counts: counts))
    }

    /// A way in from `from` to `to`: an actor tied to both (by link prediction's common
    /// neighbours), other than those in `excluding`; nil when there is none.
    public func introductionHint(from: String, to: String, excluding: Set<String> = []) -> IntroductionHint? {
        let prediction = predictor.score(from, to)
        guard let broker = prediction.commonNeighbors.first(where: { !excluding.contains($0) }) else { return nil }
        return IntroductionHint(from: from, to: to, broker: broker)
    }

    /// The actors whose removal alone disconnects `from` and `to` on the path view, in path order.
    public func separators(_ from: String, _ to: String) -> [String] {
        guard let a = pathView.index(of: from), let b = pathView.index(of: to) else { return [] }
        return pathView.separators(between: a, and: b).map { pathView.ids[Int($0)] }
    }

    /// Whether any path links `from` and `to` on the path view.
    public func isConnected(_ from: String, _ to: String) -> Bool {
        guard let a = pathView.index(of: from), let b = pathView.index(of: to) else { return false }
        return pathView.hopPath(from: a, to: b, avoiding: -1) != nil
    }

    /// A membership tie of `member` toward the coalition (`member-of`, `works-for`, `leads`,
    /// `represents` to the home or another member), as a claim.
    public func membershipClaim(_ member: String) -> Claim? {
        let kinds: Set<TieKind> = [.memberOf, .worksFor, .leads, .represents]
        return ties.ties(of: member).first { $0.from == member && kinds.contains($0.kind) && isInCoalition($0.to) }
            .map { .tie(from: $0.from, to: $0.to, kind: $0.kind) }
    }
}
