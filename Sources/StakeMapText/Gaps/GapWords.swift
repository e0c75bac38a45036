import StakeMapAnalysis

/// Words a finding in one language: looks its ids up by name and hands the catalog the values
/// of its fact. Nothing here writes a sentence of its own.
public struct GapWords: Sendable {
    /// The catalog.
    public let wording: any GapWording
    /// The names of the actors and events.
    public let names: Names

    /// Words with `wording`, naming ids through `names`.
    public init(wording: any GapWording = EnglishGapWording(), names: Names) {
        self.wording = wording
        self.names = names
    }

    /// The message and suggestion of a finding.
    public func sentences(_ finding: GapFinding) -> GapSentences {
        sentences(finding.fact)
    }

    /// The message and suggestion of a fact.
    public func sentences(_ fact: GapFact) -> GapSentences {
        let n = names, w = wording
        func held(_ target: String, _ subject: String) -> String? { subject == target ? nil : n(subject) }
        switch fact {
        case let .onlyMemberMet(target, subject, member, home, last):
            return w.onlyMemberMet(target: n(target), holder: held(target, subject), member: n(member), home: n(home), last: last)
        case let .neverMet(target, subject, home, route, introducer, hint):
            return w.neverMet(target: n(target), holder: held(target, subject), home: n(home), route: n(route),
                              introducer: introducer.map { n($0) }, hint: hint.map { n($0.broker) })
        case let .unreachable(target, subject, home, _):
            return w.unreachable(target: n(target), holder: held(target, subject), home: n(home))
        case let .soleBroker(broker, home, targets, _):
            return w.soleBroker(broker: n(broker), home: n(home), targets: n(targets))
        case let .coalitionBroker(broker, home, members):
            return w.coalitionBroker(broker: n(broker), home: n(home), members: n(members))
        case let .partCutOff(broker, home, count, shown, isGroup):
            return w.partCutOff(broker: n(broker), home: n(home), count: count, shown: n(shown), isGroup: isGroup)
        case let .staleContact(subject, date, by, asOf, months, post, record, lead):
            return w.staleContact(subject: n(subject), date: date, by: n(by), asOf: asOf, thresholdMonths: months,
                                  post: post.map { n($0) }, postRecord: record, leadBy: lead.map { n($0) })
        case let .reEngage(post, member, previous, met, successor, since):
            return w.reEngage(post: n(post), member: n(member), previous: n(previous), met: met, successor: n(successor), since: since)
        case let .vacated(post, person, left):
            return w.vacated(post: n(post), person: n(person), left: left)
        case let .outdatedHolders(holders, years):
            return w.outdatedHolders(holders: holders.map { (n($0.person), n($0.post)) }, years: years)
        case let .isolatedMember(member, home, others, start):
            return w.isolatedMember(member: n(member), home: n(home), others: n(others), start: start.map { (n($0.to), n($0.broker)) })
        case let .groupDivide(attribute, groups, linkers):
            return w.groupDivide(attribute: attribute, groups: groups.map { ($0.value, $0.count, n($0.shown)) }, linkers: n(linkers))
        case let .oneWayAdvocacy(advocate, targets, hint):
            return w.oneWayAdvocacy(advocate: n(advocate), targets: n(targets), hint: hint.map { (n($0.broker), n($0.to)) })
        case let .genderLens(home, women, men, other, unknown, notMet):
            return w.genderLens(home: home.map { n($0) }, women: n(women), men: n(men), other: other.count, unknown: n(unknown),
                                womenNotMet: n(notMet))
        case let .weakTie(a, b, kind, levels, targets):
            return w.weakTie(a: n(a), b: n(b), kind: kind, levels: levels, targets: n(targets))
        case let .unsourcedTies(count):
            return w.unsourcedTies(count: count)
        case let .unsourcedEvents(count):
            return w.unsourcedEvents(count: count)
        case let .undatedMeetings(home, pairs, events):
            return w.undatedMeetings(home: home.map { n($0) }, count: pairs.count + events.count,
                                     items: pairs.map { n($0).joined(separator: " – ") } + n(events))
        }
    }

    /// One line of evidence, without its citation.
    public func text(_ evidence: GapEvidence) -> String {
        let n = names, w = wording
        if let detail = evidence.detail {
            switch detail {
            case let .gender(actor, gender, influence): return w.genderEvidence(actor: n(actor), gender: gender, influence: influence)
            case let .tieCount(actor, count, home): return w.tieCountEvidence(actor: n(actor), count: count, home: n(home))
            case let .roles(actor, counts): return w.rolesEvidence(actor: n(actor), counts: counts)
            case let .groupSizes(attribute, groups): return w.groupSizesEvidence(attribute: attribute, groups: groups.map { ($0.value, $0.count) })
            }
        }
        if evidence.kind == .tie, let kind = evidence.tie, evidence.actors.count == 2 {
            return w.tieEvidence(from: n(evidence.actors[0]), kind: kind, to: n(evidence.actors[1]), date: evidence.date,
                                 place: evidence.place, confidence: evidence.confidence, note: evidence.note)
        }
        if let event = evidence.event {
            let pair = evidence.actors.count == 2 ? (n(evidence.actors[0]), n(evidence.actors[1])) : nil
            return w.eventEvidence(event: n(event), kind: names.graph.event(withID: event)?.kind, date: evidence.date,
                                   place: evidence.place, pair: pair)
        }
        return w.actors(n(evidence.actors))
    }

    /// The line followed by its citations: "[seed-000#p6]"; "[computed]" for a measure,
    /// "[no source]" for a record that cites none.
    public func citedText(_ evidence: GapEvidence) -> String {
        if !evidence.sources.isEmpty { return "\(text(evidence)) " + wording.citations(evidence.sources.map(\.description)) }
        return "\(text(evidence)) " + wording.phrase(evidence.kind == .measure ? .computed : .noSource)
    }
}
