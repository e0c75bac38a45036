/// Relationships gone cold: the last contact with an actor is older than the threshold
/// (`staleAfterMonths`, default 24) before `as_of`.
///
/// With a home, the contacts of the whole coalition count and every outside actor it has met
/// is checked (targets high, other decision-makers medium, the rest low); without a home, the
/// targets' and decision-makers' latest contacts with anyone. Undated contacts are left to
/// `data-gap`.
/// - Complexity: O(Σ contacts of the coalition · log).
public struct StaleContactDetector: GapDetector {
    /// Creates the detector.
    public init() {}

    /// `stale-contact`.
    public var name: String { "stale-contact" }

    /// The findings: one per actor whose latest dated contact is before the cut-off.
    public func findings(in context: GapContext) -> [GapFinding] {
        guard let cutoff = context.staleCutoffDay, let asOf = context.asOf else { return [] }
        let subjects: [String]
        if context.home != nil {
            var seen = Set(context.coalition)
            subjects = context.coalition.flatMap { context.contacts.contacts(of: $0).map(\.other) }
                .filter { seen.insert($0).inserted }
        } else {
            subjects = context.graph.actors.map(\.id).filter { context.isTarget($0) || context.isDecisionMaker($0) }
        }
        var result = [GapFinding]()
        for subject in subjects {
            let contacts: [(member: String, contact: Contact)] = context.home != nil
                ? context.coalitionContacts(with: subject)
                : context.contacts.contacts(of: subject).map { ($0.other, Contact(other: subject, date: $0.date, place: $0.place, event: $0.event, tie: $0.tie, sources: $0.sources)) }
                    .sorted { Contact.latestFirst($0.1, $1.1) }
            guard let latest = contacts.first(where: { $0.contact.lastDay != nil }), let day = latest.contact.lastDay,
                  day < cutoff, let date = latest.contact.date?.end else { continue }
            let severity: GapSeverity = context.isTarget(subject) || heldPostIsTarget(subject, context) ? .high
                : context.isDecisionMaker(subject) ? .medium : .low
            let who = Array(Set(contacts.filter { $0.contact.lastDay == day }.map(\.member))).sorted()
            let tenure = context.posts.posts(heldBy: subject).last
            let lead = who.count == 1 && who.first != context.home && context.home != nil ? who.first : nil
            result.append(GapFinding(
                detector: name, severity: severity, actors: [subject] + who,
                fact: .staleContact(subject: subject, date: date, by: who, asOf: asOf, thresholdMonths: context.options.staleAfterMonths,
                                    post: tenure?.post, postRecord: tenure?.tie.date, leadBy: lead),
                claims: context.lastMetClaims(with: subject) + (tenure.map { [.holds(person: subject, post: $0.post)] } ?? []),
                evidence: contacts.prefix(3).map { context.evidence($0.contact, of: $0.member) }))
        }
        return result
    }

    private func heldPostIsTarget(_ subject: String, _ context: GapContext) -> Bool {
        context.posts.posts(heldBy: subject).contains { context.isTarget($0.post) }
    }
}
