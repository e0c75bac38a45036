extension Graph {
    /// Every meeting of `actor` (with anyone, or only with `other`), from direct `met` ties and
    /// event co-participation, newest first (undated last), ties broken by the other's id.
    ///
    /// With `query.throughMembers`, the meetings of the actor's members count too (each marked
    /// with `through`). Withheld actors, ties and events are left out for `query.audience`.
    /// - Complexity: O(ties + Σ event attendees), plus the member closure.
    public func meetings(of actor: String, with other: String? = nil, query: MeetingQuery = MeetingQuery()) -> [Meeting] {
        let graph = visible(to: query.audience)
        var speakers: [String: String?] = [actor: nil]
        if query.throughMembers {
            for member in graph.members(of: actor) where speakers[member] == nil { speakers[member] = actor }
        }
        let wanted: Set<String>? = other.map { id in
            var ids: Set<String> = [id]
            if query.throughMembers { ids.formUnion(graph.members(of: id)) }
            return ids
        }
        var result = [Meeting]()
        if query.via != .events && query.eventKind == nil {
            for tie in graph.ties where tie.kind == .met {
                for (me, them) in [(tie.from, tie.to), (tie.to, tie.from)] {
                    guard let through = speakers[me], wanted?.contains(them) ?? true, speakers[them] == nil || other != nil,
                          query.accepts(date: tie.date, place: tie.place) else { continue }
                    result.append(Meeting(actor: me, with: them, date: tie.date, place: tie.place, event: nil, eventKind: nil,
                                          coParticipants: [], role: nil, withRole: nil, onBehalfOf: nil,
                                          outcome: tie.outcome, followUp: tie.followUp, sources: tie.sources, through: through))
                }
            }
        }
        if query.via != .ties {
            for event in graph.events {
                if let kind = query.eventKind, event.kind != kind { continue }
                guard query.accepts(date: event.date, place: event.place) else { continue }
                let attendees = event.attendees
                let roles = Dictionary(event.participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                for me in attendees {
                    guard let through = speakers[me] else { continue }
                    for them in attendees where them != me {
                        guard wanted?.contains(them) ?? true, speakers[them] == nil || other != nil else { continue }
                        result.append(Meeting(
                            actor: me, with: them, date: event.date, place: event.place, event: event.id, eventKind: event.kind,
                            coParticipants: attendees.filter { $0 != me && $0 != them },
                            role: roles[me]?.role ?? (event.organizers.contains(me) ? "organizer" : nil),
                            withRole: roles[them]?.role ?? (event.organizers.contains(them) ? "organizer" : nil),
                            onBehalfOf: roles[me]?.onBehalfOf, outcome: event.outcome, followUp: event.followUp,
                            sources: event.sources, through: through))
                    }
                }
            }
        }
        return result.sorted(by: Meeting.newestFirst)
    }

    /// How many undated meetings a `since`/`until` filter of `query` leaves out (0 without a date
    /// filter, or when `query.includeUndated`).
    /// - Complexity: as `meetings(of:with:query:)`.
    public func undatedMeetingsLeftOut(of actor: String, with other: String? = nil, query: MeetingQuery) -> Int {
        guard query.since != nil || query.until != nil, !query.includeUndated else { return 0 }
        var all = query
        all.includeUndated = true
        return meetings(of: actor, with: other, query: all).filter { $0.date == nil }.count
    }

    /// The transitive members of `actor`: actors with `member-of`, `works-for`, `leads` or
    /// `represents` ties pointing at it, and their members in turn.
    public func members(of actor: String) -> [String] {
        let kinds: Set<TieKind> = [.memberOf, .worksFor, .leads, .represents]
        var incoming = [String: [String]]()
        for tie in ties where kinds.contains(tie.kind) { incoming[tie.to, default: []].append(tie.from) }
        var seen: Set<String> = [actor], order = [String](), queue = [actor]
        while let next = queue.popLast() {
            for member in incoming[next] ?? [] where seen.insert(member).inserted {
                order.append(member)
                queue.append(member)
            }
        }
        return order
    }
}

extension Meeting {
    /// Newest first; undated last; then by the other actor's id, the event and the member.
    static func newestFirst(_ lhs: Meeting, _ rhs: Meeting) -> Bool {
        switch (lhs.date, rhs.date) {
        case let (l?, r?) where l != r: return l > r
        case (nil, _?): return false
        case (_?, nil): return true
        default: return (lhs.with, lhs.event ?? "", lhs.actor) < (rhs.with, rhs.event ?? "", rhs.actor)
        }
    }
}
