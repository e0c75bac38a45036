/// One recorded contact between two actors: a `met` tie, or an event both attended.
public struct Contact: Sendable, Hashable {
    /// The other actor's id.
    public var other: String
    /// When, if recorded.
    public var date: DateSpan?
    /// Where, if recorded.
    public var place: String?
    /// The event both attended, if the contact is an event.
    public var event: String?
    /// The `met` tie, if the contact is a tie.
    public var tie: Tie?
    /// Where the contact is stated.
    public var sources: [Citation]

    /// The day number of the last day the contact covers, or nil when undated.
    public var lastDay: Int? { date?.end.lastDayNumber }
}

/// Who met whom: every `met` tie and every shared event, by actor.
///
/// Co-participation in an event counts as having met (DESIGN.md). Build it on a graph already
/// filtered to the audience (`Graph.visible(to:)`), so that withheld items are never seen.
public struct ContactIndex: Sendable {
    private let contactsByActor: [String: [Contact]]

    /// Indexes the contacts of `graph`.
    /// - Complexity: O(t + Σ attendees²) for `t` ties.
    public init(_ graph: Graph) {
        var index = [String: [Contact]]()
        for tie in graph.ties where tie.kind == .met && tie.from != tie.to {
            index[tie.from, default: []].append(Contact(other: tie.to, date: tie.date, place: tie.place, event: nil,
                                                        tie: tie, sources: tie.sources))
            index[tie.to, default: []].append(Contact(other: tie.from, date: tie.date, place: tie.place, event: nil,
                                                      tie: tie, sources: tie.sources))
        }
        for event in graph.events {
            let present = event.attendees
            for a in present {
                for b in present where b != a {
                    index[a, default: []].append(Contact(other: b, date: event.date, place: event.place,
                                                         event: event.id, tie: nil, sources: event.sources))
                }
            }
        }
        contactsByActor = index
    }

    /// Every contact of `actor`.
    /// - Complexity: O(1).
    public func contacts(of actor: String) -> [Contact] { contactsByActor[actor] ?? [] }

    /// The contacts between `actor` and `other`, latest first (undated last).
    /// - Complexity: O(contacts of `actor`).
    public func contacts(between actor: String, and other: String) -> [Contact] {
        contacts(of: actor).filter { $0.other == other }.sorted(by: Contact.latestFirst)
    }

    /// Whether the two actors have any recorded contact.
    public func haveMet(_ actor: String, _ other: String) -> Bool {
        contacts(of: actor).contains { $0.other == other }
    }
}

extension Contact {
    /// Orders dated contacts latest first, undated last, then by event id for stability.
    public static func latestFirst(_ lhs: Contact, _ rhs: Contact) -> Bool {
        switch (lhs.lastDay, rhs.lastDay) {
        case let (a?, b?) where a != b: a > b
        case (.some, nil): true
        case (nil, .some): false
        default: (lhs.event ?? "", lhs.other) < (rhs.event ?? "", rhs.other)
        }
    }
}
