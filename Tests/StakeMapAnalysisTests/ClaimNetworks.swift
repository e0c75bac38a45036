import StakeMapAnalysis

/// Seeded random networks for the claim checker: a coalition with members (and members of
/// members), posts and their successive holders, dated and undated meetings and events,
/// one-sided and hostile ties, partial records (regions, genders, influence, sources).
enum ClaimNetworks {
    static let tieKinds: [TieKind] = [.met, .met, .met, .partnersWith, .supports, .funds, .advocatesTo, .threatens, .opposes,
                                      .related, .worksFor, .represents]
    static let kinds: [ActorKind] = [.organization, .person, .person, .unBody, .government, .diplomaticMission, .community]

    /// One network; `seed` fixes everything.
    static func network(seed: UInt64) -> Graph {
        var rng = SeededGenerator(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
        func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
        func date() -> DateSpan? {
            guard chance(0.8) else { return nil }
            let year = Int.random(in: 2012...2026, using: &rng)
            let text = chance(0.5) ? "\(year)" : String(format: "%04d-%02d", year, Int.random(in: 1...12, using: &rng))
            return DateSpan(parsing: text)
        }
        let size = Int.random(in: 6...22, using: &rng)
        var actors = [Actor(id: "home", kind: .coalition, name: LocalizedText(["en": "Home"]), sources: [Citation(sourceID: "doc")])]
        for index in 0..<size {
            let kind = pick(kinds)
            actors.append(Actor(id: "a\(index)", kind: kind, name: LocalizedText(["en": "A\(index)"]),
                                region: chance(0.5) ? pick(["east", "south", "west"]) : nil,
                                gender: kind == .person && chance(0.7) ? pick([Gender.woman, .man, .other]) : nil,
                                influence: chance(0.5) ? Int.random(in: 1...5, using: &rng) : nil,
                                sources: chance(0.8) ? [Citation(sourceID: "doc")] : []))
        }
        let posts = Int.random(in: 0...2, using: &rng)
        for index in 0..<posts { actors.append(Actor(id: "p\(index)", kind: .post, name: LocalizedText(["en": "Post \(index)"]))) }
        let ids = actors.map(\.id).filter { !$0.hasPrefix("p") }
        var ties = [Tie]()
        func tie(_ from: String, _ to: String, _ kind: TieKind) {
            guard from != to else { return }
            ties.append(Tie(from: from, to: to, kind: kind, date: date(), strength: Int.random(in: 1...5, using: &rng),
                            confidence: chance(0.8) ? .confirmed : pick([Confidence.reported, .unverified]),
                            sources: chance(0.85) ? [Citation(sourceID: "doc")] : []))
        }
        let members = ids.dropFirst().filter { _ in chance(0.3) }
        for member in members { tie(member, chance(0.8) ? "home" : pick(Array(members)), .memberOf) }
        for _ in 0..<Int.random(in: size / 2...size * 2, using: &rng) { tie(pick(ids), pick(ids), pick(tieKinds)) }
        for index in 0..<posts {
            let persons = actors.filter { $0.kind == .person }.map(\.id)
            guard !persons.isEmpty else { continue }
            for _ in 0..<Int.random(in: 1...3, using: &rng) { tie(pick(persons), "p\(index)", .holds) }
        }
        var events = [Event]()
        for index in 0..<Int.random(in: 0...3, using: &rng) {
            let present = Array(Set((0..<Int.random(in: 1...5, using: &rng)).map { _ in pick(ids) })).sorted()
            events.append(Event(id: "e\(index)", kind: pick([EventKind.meeting, .workshop, .consultation]), date: date(),
                                organizers: Array(present.prefix(1)), participants: present.dropFirst().map { Event.Participant(id: $0) },
                                sources: chance(0.8) ? [Citation(sourceID: "doc")] : []))
        }
        return Graph(asOf: chance(0.5) ? PartialDate(parsing: "2025-10-04") : nil, sources: [Source(id: "doc")],
                     actors: actors, ties: ties, events: events)
    }

    /// Targets for a network: a few actors and posts, seeded.
    static func targets(_ graph: Graph, seed: UInt64) -> [String] {
        var rng = SeededGenerator(seed: seed &+ 77)
        let candidates = graph.actors.map(\.id).filter { $0 != "home" }
        return Array(Set((0..<Int.random(in: 1...5, using: &rng)).map { _ in candidates[Int.random(in: 0..<candidates.count, using: &rng)] })).sorted()
    }
}
