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
                    message: "\(context.name(contact.member)) last met \(context.name(tenure.person)) as \(context.name(post)) in \(contact.contact.date?.description ?? "?"); since \(successor.tie.date?.start.description ?? "then") the post is held by \(context.name(successor.person)) — to re-engage.",
                    suggestion: "Request an introductory meeting with \(context.name(successor.person)); ask \(context.name(tenure.person)) for a hand-over introduction if the relationship was good.",
                    evidence: [context.evidence(contact.contact, of: contact.member), context.evidence(successor.tie)]))
            }
            guard let current = tenures.last else { continue }
            if let end = current.endDay, let asOf = context.asOf, end < asOf.firstDayNumber {
                result.append(GapFinding(
                    detector: name, severity: relevant ? .high : .medium, actors: [post, current.person],
                    message: "\(context.name(current.person)) left the post \(context.name(post)) in \(current.tie.date?.end.description ?? "?"), and no successor is on record.",
                    suggestion: "Find out who holds \(context.name(post)) now and record the holds tie.",
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
                message: "Who holds \(outdated.count == 1 ? "the target post" : "\(outdated.count) target posts") is on record only from \(GapText.list(years)): \(GapText.list(outdated.map { "\(context.name($0.person)) as \(context.name($0.post))" })). Holders may have rotated since.",
                suggestion: "Before planning meetings, confirm the current holder of each post and record any new holds tie; a new holder means an introductory meeting, not a follow-up.",
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
