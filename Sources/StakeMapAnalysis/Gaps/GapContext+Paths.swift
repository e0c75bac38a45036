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

    /// The best evidence for one step `a – b` of a path: a meeting (latest first), else the
    /// strongest relationship tie, else an event both attended.
    public func stepEvidence(_ a: String, _ b: String) -> GapEvidence? {
        let between = ties.ties(between: a, and: b).filter { !Self.nonRelations.contains($0.kind) }
        if let met = between.filter({ $0.kind == .met }).max(by: { ($0.date?.end.lastDayNumber ?? 0) < ($1.date?.end.lastDayNumber ?? 0) }) {
            return evidence(met)
        }
        if let tie = between.max(by: { $0.strength < $1.strength }) { return evidence(tie) }
        if let contact = contacts.contacts(between: a, and: b).first { return evidence(contact, of: a) }
        return nil
    }

    /// Evidence for every step of a path.
    public func pathEvidence(_ actors: [String]) -> [GapEvidence] {
        zip(actors, actors.dropFirst()).compactMap { stepEvidence($0, $1) }
    }

    /// "A → B → C" with names.
    public func route(_ actors: [String]) -> String { actors.map(name).joined(separator: " → ") }

    /// A one-line Gould–Fernandez summary of an actor's brokerage by kind, if it brokers at all.
    public func rolesEvidence(_ id: String) -> GapEvidence? {
        guard let counts = roles.counts(for: id), counts.betweenGroups > 0 else { return nil }
        let parts = BrokerageRole.allCases.filter { $0 != .coordinator && counts[$0] > 0 }.map { "\($0.rawValue) \(counts[$0])" }
        return GapEvidence(kind: .measure,
                           text: "\(name(id)) brokers \(counts.betweenGroups) open two-step paths between kinds of actor "
                               + "(\(parts.joined(separator: ", "))); Gould–Fernandez roles by kind",
                           actors: [id])
    }

    /// An introduction suggestion from link prediction between `from` and `to`, if they share
    /// anyone or anything besides the actors in `excluding`.
    public func introductionHint(from: String, to: String, excluding: Set<String> = []) -> String? {
        let prediction = predictor.score(from, to)
        let brokers = prediction.commonNeighbors.filter { !excluding.contains($0) }
        guard let first = brokers.first ?? nil else {
            return prediction.sharedEvents.isEmpty ? nil
                : "\(name(from)) and \(name(to)) already attended \(names(prediction.sharedEvents)) together"
        }
        return "ask \(name(first)) to introduce \(name(from)) to \(name(to)) — \(predictor.reason(prediction))"
    }
}
