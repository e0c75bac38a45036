import Testing
import StakeMapAnalysis

/// The mission planner: statuses, the greedy intermediary cover, the itinerary and the audience.
@Suite("Mission plan")
struct PlanTests {
    /// h met t1; h has a direct tie to t2; member m met t3 and t4 (in Tunis); t5 is out of reach.
    static let graph = Net.graph(
        [Net.actor("h", .coalition), Net.actor("m"), Net.actor("x"),
         Net.actor("t1", .person), Net.actor("t2", .person), Net.actor("t3", .person, place: "Tunis"),
         Net.actor("t4", .person, place: "Tunis"), Net.actor("t5", .person), Net.actor("p", .post, tags: ["ambassador"])],
        [Net.tie("m", "h", .memberOf), Net.tie("h", "t1", .met, date: "2024-05"), Net.tie("h", "t2", .advocatesTo),
         Net.tie("m", "t3", .met, date: "2023"), Net.tie("m", "t4", .met, date: "2023"), Net.tie("x", "t4", .met),
         Net.tie("h", "x", .related, strength: 1), Net.tie("t3", "p", .holds, date: "2022")])

    static func plan(_ targets: [String], maxMeetings: Int? = nil, places: [String]? = nil, audience: Audience = .internal) -> MissionPlan {
        MissionPlanner.plan(graph, audience: audience,
                            options: MissionPlanOptions(home: "h", targets: targets, maxMeetings: maxMeetings, places: places))
    }

    @Test("status per target", arguments: [("t1", TargetStatus.met), ("t2", .direct), ("t3", .reachable), ("t5", .unreachable)])
    func status(target: String, expected: TargetStatus) {
        let plan = Self.plan([target])
        #expect(plan.targets.first?.status == expected)
        if expected == .reachable { #expect(plan.targets.first?.path == ["h", "m", "t3"]) }
        if expected == .met { #expect(plan.targets.first?.lastMet?.date?.description == "2024-05") }
        if expected == .unreachable { #expect(plan.targets.first?.path.isEmpty == true) }
    }

    @Test("a post is reached through its holder")
    func post() {
        let target = Self.plan(["p"]).targets.first
        #expect(target?.holder == "t3")
        #expect(target?.path.last == "p")
        #expect(target?.status == .reachable)
    }

    @Test("greedy cover: one member opens both targets")
    func cover() {
        let plan = Self.plan(["t3", "t4"])
        #expect(plan.intermediaries.map(\.id) == ["m"])
        #expect(plan.intermediaries.first?.opens == ["t3", "t4"])
        #expect(plan.targets.allSatisfy { $0.openedBy == "m" })
    }

    @Test("greedy set cover picks the largest sets first")
    func greedy() {
        let chosen = IntermediaryCover.choose([
            .init(id: "a", opens: ["1", "2"], isMember: false, cost: 1),
            .init(id: "b", opens: ["2", "3", "4"], isMember: false, cost: 1),
            .init(id: "c", opens: ["1"], isMember: true, cost: 1),
        ])
        #expect(chosen.map(\.id) == ["b", "c"])
    }

    @Test("itinerary by place; --max-meetings and --places defer the rest")
    func itinerary() {
        let plan = Self.plan(["t1", "t3", "t4"])
        #expect(plan.itinerary.first?.place == "Tunis")
        #expect(plan.itinerary.first?.meetings.map(\.with) == ["t3", "t4"])
        #expect(Self.plan(["t1", "t3", "t4"], maxMeetings: 1).deferred.count == 2)
        let tunis = Self.plan(["t1", "t3", "t4"], places: ["tunis"])
        #expect(tunis.itinerary.map(\.place) == ["Tunis"])
        #expect(tunis.deferred.map(\.with) == ["t1"])
    }

    @Test("a withheld intermediary is not on any route, and nothing of it is in the plan")
    func audience() {
        var graph = Self.graph
        graph.upsert(Net.actor("m", sensitivity: .confidential, aliases: ["MALIAS"], note: "MNOTE", sources: ["msrc#p1"]))
        let plan = MissionPlanner.plan(graph, audience: .internal, options: MissionPlanOptions(home: "h", targets: ["t3", "t4"]))
        let text = String(describing: plan)
        for leak in ["\"m\"", "MALIAS", "MNOTE", "msrc"] { #expect(!text.contains(leak), "\(leak)") }
        #expect(plan.targets.first { $0.id == "t3" }?.status == .unreachable)
        #expect(plan.targets.first { $0.id == "t4" }?.path == ["h", "x", "t4"])
    }
}
