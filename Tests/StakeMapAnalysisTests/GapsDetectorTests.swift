import Testing
import StakeMapAnalysis

/// Each gap detector on a network built to trigger it and on one built not to.
@Suite("Gap detectors")
struct GapsDetectorTests {
    @Test("target-reach: a target met by one member only is a single point of failure")
    func reachOneMember() {
        let found = Net.findings(TargetReachDetector(), Net.onlyMemberMet, targets: ["t"])
        #expect(found.count == 1)
        #expect(found.first?.severity == .medium)
        #expect(found.first?.actors.prefix(2) == ["t", "m"])
        #expect(found.first?.evidence.first?.sources.map(\.description) == ["doc#p2"])
    }

    @Test("target-reach: never met but reachable names the intermediary; no path is unreachable")
    func reachNeverMet() {
        let graph = Net.graph([Net.actor("h", .coalition), Net.actor("x"), Net.actor("t", .person), Net.actor("lone", .person)],
                              [Net.tie("h", "x", .partnersWith), Net.tie("x", "t", .met, date: "2024")])
        let found = Net.findings(TargetReachDetector(), graph, targets: ["t", "lone"])
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.severity == .high })
        guard case let .neverMet(_, _, _, route, introducer, _) = found[0].fact else { Issue.record("not never-met"); return }
        #expect(introducer == "x" && route == ["h", "x", "t"])
        guard case .unreachable = found[1].fact else { Issue.record("not unreachable"); return }
    }

    @Test("target-reach: nothing when the home met the target")
    func reachMet() {
        let graph = Net.graph([Net.actor("h", .coalition), Net.actor("t", .person)], [Net.tie("h", "t", .met, date: "2025")])
        #expect(Net.findings(TargetReachDetector(), graph, targets: ["t"]).isEmpty)
    }

    @Test("broker-dependency: an outside broker that alone links the home to a target, and not when a second route exists")
    func brokers() {
        var actors = [Net.actor("h", .coalition), Net.actor("x"), Net.actor("t", .person)]
        var ties = [Net.tie("h", "x", .partnersWith), Net.tie("x", "t", .met)]
        let found = Net.findings(BrokerDependencyDetector(), Net.graph(actors, ties), targets: ["t"])
        #expect(found.count == 1)
        #expect(found.first?.actors.first == "x")
        #expect(found.first?.severity == .high)
        actors.append(Net.actor("y"))
        ties += [Net.tie("h", "y", .partnersWith), Net.tie("y", "t", .met)]
        #expect(Net.findings(BrokerDependencyDetector(), Net.graph(actors, ties), targets: ["t"]).isEmpty)
    }

    @Test("stale-contact: a contact older than 24 months before as_of", arguments: [("2018", true), ("2025-01", false)])
    func stale(date: String, stale: Bool) {
        let graph = Net.graph([Net.actor("h", .coalition), Net.actor("t", .person)], [Net.tie("h", "t", .met, date: date)])
        let found = Net.findings(StaleContactDetector(), graph, targets: ["t"])
        #expect(found.count == (stale ? 1 : 0))
        if stale {
            #expect(found[0].severity == .high)
            guard case let .staleContact(_, last, _, _, _, _, _, _) = found[0].fact else { Issue.record("not stale"); return }
            #expect(last.description == "2018")
        }
    }

    @Test("post-turnover: the holder changed after the last contact")
    func turnover() {
        let actors = [Net.actor("h", .coalition), Net.actor("p", .post), Net.actor("old", .person), Net.actor("new", .person)]
        let before = [Net.tie("h", "old", .met, date: "2023"), Net.tie("old", "p", .holds, date: "2022")]
        let found = Net.findings(PostTurnoverDetector(), Net.graph(actors, before + [Net.tie("new", "p", .holds, date: "2024-06")]),
                                 targets: ["p"])
        let reEngage = { (finding: GapFinding) -> String? in
            if case let .reEngage(_, _, _, _, successor, _) = finding.fact { return successor }
            return nil
        }
        #expect(found.contains { reEngage($0) == "new" })
        let none = Net.findings(PostTurnoverDetector(), Net.graph(actors, before), targets: ["p"])
        #expect(!none.contains { reEngage($0) != nil })
    }

    @Test("isolated-member: a member with no tie to the other members")
    func isolated() {
        let actors = ["h", "a", "b", "c"].map { Net.actor($0, $0 == "h" ? .coalition : .organization) }
        let ties = ["a", "b", "c"].map { Net.tie($0, "h", .memberOf) } + [Net.tie("b", "c", .partnersWith)]
        let found = Net.findings(CoalitionIsolationDetector(), Net.graph(actors, ties))
        #expect(found.map { $0.actors.first } == ["a"])
        let joined = Net.findings(CoalitionIsolationDetector(), Net.graph(actors, ties + [Net.tie("a", "b", .met)]))
        #expect(joined.isEmpty)
    }

    @Test("group-divide: regions with no tie between them, linked only through one actor")
    func groups() {
        let actors = [Net.actor("h", .coalition), Net.actor("e", region: "east"), Net.actor("s", region: "south")]
        let ties = [Net.tie("h", "e", .partnersWith), Net.tie("h", "s", .partnersWith)]
        let found = Net.findings(GroupDivideDetector(), Net.graph(actors, ties))
        #expect(found.count == 1)
        #expect(found.first?.actors.first == "h")
        guard case let .groupDivide(_, groups, linkers)? = found.first?.fact else { Issue.record("not group-divide"); return }
        #expect(groups.map(\.value) == ["east", "south"] && linkers == ["h"])
        #expect(Net.findings(GroupDivideDetector(), Net.graph(actors, ties + [Net.tie("e", "s", .met)])).isEmpty)
    }

    @Test("group-divide: three mutually unlinked groups are one finding")
    func threeGroups() {
        let actors = [Net.actor("h", .coalition), Net.actor("e", region: "east"), Net.actor("s", region: "south"), Net.actor("w", region: "west")]
        let ties = ["e", "s", "w"].map { Net.tie("h", $0, .partnersWith) }
        let found = Net.findings(GroupDivideDetector(), Net.graph(actors, ties))
        #expect(found.count == 1)
        guard case let .groupDivide(_, groups, _)? = found.first?.fact else { Issue.record("not group-divide"); return }
        #expect(groups.count == 3)
    }

    @Test("unreciprocated-advocacy: advocates-to with no meeting", arguments: [false, true])
    func advocacy(met: Bool) {
        let ties = [Net.tie("a", "b", .advocatesTo)] + (met ? [Net.tie("a", "b", .met)] : [])
        let found = Net.findings(UnreciprocatedAdvocacyDetector(), Net.graph([Net.actor("a"), Net.actor("b", .unBody)], ties), home: nil)
        #expect(found.count == (met ? 0 : 1))
    }

    @Test("gender-lens: the share of women among decision-makers met")
    func gender() {
        let actors = [Net.actor("h", .coalition), Net.actor("m1", .person, gender: .man, influence: 5),
                      Net.actor("m2", .person, gender: .man, influence: 4), Net.actor("w", .person, gender: .woman, influence: 5)]
        let found = Net.findings(GenderLensDetector(), Net.graph(actors, [Net.tie("h", "m1", .met), Net.tie("h", "m2", .met)]))
        #expect(found.count == 1)
        #expect(found.first?.severity == .medium)
        guard case let .genderLens(_, women, men, _, _, notMet)? = found.first?.fact else { Issue.record("not gender-lens"); return }
        #expect(women.isEmpty && men == ["m1", "m2"] && notMet == ["w"])
        #expect(Net.findings(GenderLensDetector(), Net.graph(actors, [])).isEmpty)
    }

    @Test("weak-evidence: a reported tie on the warmest route", arguments: [Confidence.reported, .confirmed])
    func weak(confidence: Confidence) {
        let graph = Net.graph([Net.actor("h", .coalition), Net.actor("x"), Net.actor("t", .person)],
                              [Net.tie("h", "x", .partnersWith, confidence: confidence), Net.tie("x", "t", .met)])
        let found = Net.findings(WeakEvidenceDetector(), graph, targets: ["t"])
        #expect(found.count == (confidence == .confirmed ? 0 : 1))
    }

    @Test("data-gap: unsourced ties and undated meetings, nothing when all is sourced and dated")
    func dataGaps() {
        let actors = [Net.actor("h", .coalition), Net.actor("t", .person)]
        let found = Net.findings(MissingDataDetector(), Net.graph(actors, [Net.tie("h", "t", .met, sources: [])]), targets: ["t"])
        #expect(found.count == 2)
        #expect(found.contains { if case .unsourcedTies = $0.fact { true } else { false } })
        #expect(found.contains { if case .undatedMeetings = $0.fact { true } else { false } })
        #expect(Net.findings(MissingDataDetector(), Net.graph(actors, [Net.tie("h", "t", .met, date: "2024")]), targets: ["t"]).isEmpty)
    }

    @Test("findings are ordered high, medium, low")
    func ordering() {
        let context = GapContext(graph: Net.onlyMemberMet, audience: .internal, options: GapOptions(home: "h", targets: ["t"]))
        let severities = GapAnalysis.run(context).map(\.severity)
        #expect(severities == severities.sorted())
        #expect(!severities.isEmpty)
    }

    @Test("a withheld actor never appears in any finding")
    func audience() {
        let secret = Net.actor("zsecret", .person, influence: 5, sensitivity: .confidential, aliases: ["ZALIAS"],
                               note: "ZNOTE", sources: ["zsource#p1"])
        let graph = Net.graph([Net.actor("h", .coalition), secret, Net.actor("t", .person, influence: 5)],
                              [Net.tie("h", "zsecret", .met, date: "2018", sources: ["zsource#p2"]),
                               Net.tie("zsecret", "t", .met, date: "2018", sources: ["zsource#p3"]),
                               Net.tie("t", "h", .advocatesTo, sources: [])])
        for audience in [Audience.public, .internal] {
            let context = GapContext(graph: graph, audience: audience, options: GapOptions(home: "h", targets: ["t"]))
            let text = String(describing: GapAnalysis.run(context))
            for leak in ["zsecret", "ZSECRET", "ZALIAS", "ZNOTE", "zsource"] { #expect(!text.contains(leak), "\(audience): \(leak)") }
        }
        let open = GapContext(graph: graph, audience: .confidential, options: GapOptions(home: "h", targets: ["t"]))
        #expect(String(describing: GapAnalysis.run(open)).contains("zsecret"))
    }
}
