import Foundation
import Testing
import StakeMap
import StakeMapAnalysis
import StakeMapText

/// The false sentences of issue 12, as regression tests: each is now either true of the data
/// or not said.
@Suite("Claims behind the words")
struct ClaimWordingTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func libya() throws -> Graph {
        try NativeReader().read(path: repository.appendingPathComponent("graphs/libya-wps.yaml").path).graph
    }

    @Test("plan lwa → UN Women: TWBI supports UN Women but never met them, so the meeting does not say 'which met them'")
    func noFalseMeeting() throws {
        let graph = try Self.libya()
        let plan = MissionPlanner.plan(graph, audience: .internal, options: MissionPlanOptions(home: "lwa", targets: ["un-women", "wilpf"]))
        let words = PlanWords(names: Names(graph: graph.visible(to: .internal)))
        let meetings = plan.itinerary.flatMap(\.meetings) + plan.deferred
        #expect(!meetings.isEmpty)
        for meeting in meetings {
            let note = words.note(meeting, home: plan.home)
            if note.contains("which met them") {
                guard case let .met(a, b, _)? = meeting.viaLink else { Issue.record("'\(note)' without a met claim"); continue }
                #expect(graph.meetings(of: a, with: b).count > 0, "\(note)")
            }
        }
        #expect(graph.meetings(of: "twbi", with: "un-women").isEmpty)
        let unWomen = meetings.first { $0.with == "un-women" && $0.purpose == .introduction }
        #expect(unWomen.map { words.note($0, home: "lwa").contains("which met them") } == false)
    }

    @Test("gaps lwa → UN bodies: United Nations is not called the only link to the UN treaty bodies (Defenders advocates to them)")
    func noFalseBroker() throws {
        let graph = try Self.libya()
        let targets = graph.actors.filter { $0.kind == .unBody }.map(\.id)
        let context = GapContext(graph: graph, audience: .internal, options: GapOptions(home: "lwa", targets: targets))
        let findings = BrokerDependencyDetector().findings(in: context)
        for finding in findings {
            if case let .soleBroker(broker, _, cut, _) = finding.fact {
                #expect(!(broker == "united-nations" && cut.contains("un-treaty-bodies")))
            }
            if case let .partCutOff(broker, _, _, _, _) = finding.fact {
                #expect(broker != "ly-womens-cso" || !finding.claims.contains(.onlyThrough(from: "lwa", to: "un-women", through: broker)))
            }
        }
        let words = GapWords(names: Names(graph: context.graph))
        #expect(!findings.map { words.sentences($0).message }.contains { $0.contains("United Nations is the only link") && $0.contains("treaty") })
    }

    @Test("the plan's gaps ask the same introducer its intermediaries name")
    func sectionsAgree() throws {
        let graph = try Self.libya()
        let targets = graph.actors.filter { $0.kind == .unBody }.map(\.id)
        let plan = MissionPlanner.plan(graph, audience: .internal, options: MissionPlanOptions(home: "lwa", targets: targets))
        for finding in plan.gaps {
            guard case let .neverMet(target, _, _, _, introducer, _) = finding.fact,
                  let opener = plan.targets.first(where: { $0.id == target })?.openedBy else { continue }
            #expect(introducer == opener, "\(target): gap asks \(introducer ?? "-"), plan opens with \(opener)")
        }
    }

    @Test("today is the real date without as_of: a 2019 meeting is stale; a record after today is named")
    func today() throws {
        let today = try #require(Today.date)
        let graph = Graph(actors: [Actor(id: "h", kind: .coalition), Actor(id: "t", kind: .person, influence: 5)],
                          ties: [Tie(from: "h", to: "t", kind: .met, date: DateSpan(parsing: "2019"))])
        let context = GapContext(graph: graph, audience: .internal, options: GapOptions(home: "h", targets: ["t"]))
        #expect(context.asOf == today)
        #expect(StaleContactDetector().findings(in: context).count == 1)
        var future = graph
        future.asOf = PartialDate(parsing: "2025-10-04")
        future.ties.append(Tie(from: "h", to: "t", kind: .met, date: DateSpan(parsing: "2026-11-30")))
        let warnings = TodayNotice.warnings(future, today: future.asOf, names: Names(graph: future))
        #expect(warnings.count == 2)
        #expect(warnings.last?.contains("2026-11-30") == true)
    }

    @Test("calendar drafts start after today, or at --start")
    func calendar() throws {
        let graph = Graph(actors: [Actor(id: "h", kind: .coalition), Actor(id: "t", kind: .person, place: "Tunis")],
                          ties: [Tie(from: "h", to: "t", kind: .met, date: DateSpan(parsing: "2019"))])
        let plan = MissionPlanner.plan(graph, audience: .internal, options: MissionPlanOptions(home: "h", targets: ["t"]))
        let today = try #require(Today.date)
        #expect(PlanCalendar.startDay(nil, plan: plan) == today.lastDayNumber + 1)
        let start = try #require(PartialDate(parsing: "2030-01-02"))
        let ics = PlanCalendar.render(plan, words: PlanWords(names: Names(graph: graph)), startDay: PlanCalendar.startDay(start, plan: plan))
        #expect(ics.contains("DTSTART;VALUE=DATE:20300102"))
    }

    @Test("the itinerary's unknown place reads as in the Markdown plan")
    func unknownPlace() throws {
        let graph = Graph(actors: [Actor(id: "h", kind: .coalition), Actor(id: "t", kind: .person)],
                          ties: [Tie(from: "h", to: "t", kind: .met, date: DateSpan(parsing: "2024"))])
        let plan = MissionPlanner.plan(graph, audience: .internal, options: MissionPlanOptions(home: "h", targets: ["t"]))
        let markdown = PlanMarkdown.render(plan, words: PlanWords(names: Names(graph: graph)), audience: .internal)
        #expect(markdown.contains("### Place not recorded — confirm"))
        #expect(!markdown.contains("### ?"))
    }

    @Test("JSON: every finding and plan element has claims, and they decode")
    func json() throws {
        let graph = try Self.libya()
        let plan = MissionPlanner.plan(graph, audience: .internal,
                                       options: MissionPlanOptions(home: "lwa", targets: ["stephanie-williams", "beatrice-le-fraper", "hilary-childs", "lars-tummers"]))
        let words = PlanWords(names: Names(graph: graph.visible(to: .internal)))
        let text = try PlanJSON(plan, words: words).text()
        let decoded = try JSONDecoder().decode(PlanJSON.self, from: Data(text.utf8))
        #expect(decoded.targets.allSatisfy { !$0.claims.isEmpty })
        #expect(decoded.intermediaries.allSatisfy { !$0.claims.isEmpty })
        #expect(decoded.itinerary.flatMap(\.meetings).allSatisfy { !$0.claims.isEmpty })
        #expect(decoded.gaps.allSatisfy { !$0.claims.isEmpty && !$0.message.isEmpty })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let first = try #require((object["targets"] as? [[String: Any]])?.first)
        #expect(first.keys.contains("last_met") && first.keys.contains("holder"))
    }
}
