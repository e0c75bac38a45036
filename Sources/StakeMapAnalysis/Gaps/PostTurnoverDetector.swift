/// Offices whose holder changed after the last contact ("to re-engage"), whose holder left
/// with no successor on record, or whose holder is on record only from long ago.
///
/// A relationship with an office outlives its holder: a `met` contact with a person who held a
/// post, and a later `holds` tie of another person to the same post, means the new holder has
/// to be met. Contacts are the coalition's with a home, anyone's without.
/// - Complexity: O(Σ over posts of tenures × contacts of their holders).
public struct PostTurnoverDetector: GapDetector {
    /// Creates the detector.
    public init() {}

    /// `post-turnover`.
    public var name: String { "post-turnover" }

    /// The findings: re-engagements, vacated posts, and one summary of outdated holder records.
    public func findings(in context: GapContext) -> [GapFinding] {
        var result = [GapFinding]()
        var outdated = [PostTenure]()
        for post in context.posts.postIDs {
            let tenures = context.posts.tenures(of: post)
            let relevant = context.isTarget(post) || tenures.contains { context.isTarget($0.person) }
            for tenure in tenures {
                guard let contact = lastContact(with: tenure.person, context), let day = contact.contact.lastDay else { continue }
                guard let successor = tenures.first(where: { $0.person != tenure.person && ($0.startDay ?? Int.min) > day }) else { continue }
                result.append(GapFinding(
                    detector: name, severity: relevant ? .high : .medium, actors: [post, successor.person, tenure.person],
                    fact: .reEngage(post: post, member: contact.member, previous: tenure.person, met: contact.contact.date,
                                    successor: successor.person, since: successor.tie.date?.start),
                    claims: context.lastMetClaims(with: tenure.person)
                        + [.holds(person: tenure.person, post: post), .holds(person: successor.person, post: post)],
                    evidence: [context.evidence(contact.contact, of: contact.member), context.evidence(successor.tie)]))
            }
            guard let current = tenures.last else { continue }
            if let end = current.endDay, let asOf = context.asOf, end < asOf.firstDayNumber {
                result.append(GapFinding(
                    detector: name, severity: relevant ? .high : .medium, actors: [post, current.person],
                    fact: .vacated(post: post, person: current.person, left: current.tie.date?.end),
                    claims: [.holds(person: current.person, post: post)],
                    evidence: [context.evidence(current.tie)]))
            } else if relevant, let cutoff = context.staleCutoffDay, let start = current.tie.date?.end.lastDayNumber,
                      start < cutoff, current.endDay == nil {
                outdated.append(current)
            }
        }
        if !outdated.isEmpty {
            let years = Set(outdated.compactMap { $0.tie.date?.description }).sorted()
            result.append(GapFinding(
                detector: name, severity: .medium, actors: outdated.flatMap { [$0.post, $0.person] },
                fact: .outdatedHolders(holders: outdated.map { PostHolding(person: $0.person, post: $0.post, date: $0.tie.date) }, years: years),
                claims: outdated.map { .holds(person: $0.person, post: $0.post) },
                evidence: outdated.map { context.evidence($0.tie) }))
        }
        return result
    }

    private func lastContact(with person: String, _ context: GapContext) -> (member: String, contact: Contact)? {
        if context.home != nil { return context.coalitionContacts(with: person).first { $0.contact.lastDay != nil } }
        return context.contacts.contacts(of: person).sorted(by: Contact.latestFirst).first { $0.lastDay != nil }
            .map { ($0.other, Contact(other: person, date: $0.date, place: $0.place, event: $0.event, tie: $0.tie, sources: $0.sources)) }
    }
}
