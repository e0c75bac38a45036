import StakeMapAnalysis

/// Small hand-built networks for the gap detector and plan tests.
enum Net {
    static func actor(_ id: String, _ kind: ActorKind = .organization, place: String? = nil, region: String? = nil,
                      gender: Gender? = nil, influence: Int? = nil, tags: [String] = [],
                      sensitivity: Sensitivity = .public, aliases: [String] = [], note: String? = nil,
                      sources: [String] = ["doc#p1"]) -> Actor {
        Actor(id: id, kind: kind, name: LocalizedText(["en": id.uppercased()]), aliases: aliases, place: place, region: region,
              gender: gender, tags: tags, influence: influence, sensitivity: sensitivity, note: note,
              sources: sources.map(Citation.init(parsing:)))
    }

    static func tie(_ from: String, _ to: String, _ kind: TieKind, date: String? = nil, strength: Int = 2,
                    confidence: Confidence = .confirmed, sensitivity: Sensitivity = .public,
                    sources: [String] = ["doc#p2"]) -> Tie {
        Tie(from: from, to: to, kind: kind, date: date.flatMap(DateSpan.init(parsing:)), strength: strength,
            confidence: confidence, sensitivity: sensitivity, sources: sources.map(Citation.init(parsing:)))
    }

    static func graph(_ actors: [Actor], _ ties: [Tie], events: [Event] = [], asOf: String = "2025-10-04") -> Graph {
        Graph(asOf: PartialDate(parsing: asOf), sources: [Source(id: "doc")], actors: actors, ties: ties, events: events)
    }

    static func findings(_ detector: any GapDetector, _ graph: Graph, home: String? = "h", targets: [String] = [],
                         groupBy: GroupAttribute = .region, audience: Audience = .internal) -> [GapFinding] {
        let context = GapContext(graph: graph, audience: audience,
                                 options: GapOptions(home: home, targets: targets, groupBy: groupBy))
        return detector.findings(in: context)
    }

    /// A coalition `h` with member `m`; `m` met the target `t` in 2018.
    static var onlyMemberMet: Graph {
        graph([actor("h", .coalition), actor("m"), actor("t", .person, influence: 4)],
              [tie("m", "h", .memberOf), tie("m", "t", .met, date: "2018")])
    }
}
