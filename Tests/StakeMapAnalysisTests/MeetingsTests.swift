import Foundation
import Testing
@testable import StakeMapAnalysis

/// Who met whom: ties and events, filters, members, and actor names.
@Suite("Meetings")
struct MeetingsTests {
    static let graph = Graph(
        sources: [Source(id: "s")],
        actors: [Actor(id: "coalition", kind: .coalition, name: LocalizedText(["en": "Women's Alliance", "ar": "تحالف المرأة"])),
                 Actor(id: "org", kind: .organization, name: LocalizedText(["en": "Together We Build It", "ar": "معا نبنيها"]), aliases: ["TWBI"]),
                 Actor(id: "envoy", kind: .person, name: LocalizedText("Stephanie Williams")),
                 Actor(id: "ambassador", kind: .person, name: LocalizedText("Lars Tümmers")),
                 Actor(id: "hidden", kind: .person, name: LocalizedText("Hidden Person"), sensitivity: .confidential),
                 Actor(id: "twin-a", kind: .person, name: LocalizedText("Sam")), Actor(id: "twin-b", kind: .organization, aliases: ["Sam"])],
        ties: [Tie(from: "org", to: "coalition", kind: .memberOf),
               Tie(from: "org", to: "envoy", kind: .met, date: DateSpan(parsing: "2018-10"), place: "Tunis", sources: [Citation(sourceID: "s", locator: "p6")]),
               Tie(from: "coalition", to: "hidden", kind: .met, date: DateSpan(parsing: "2019"))],
        events: [Event(id: "geneva", kind: .consultation, date: DateSpan(parsing: "2024-09-10..2024-09-11"), place: "Genève",
                       participants: [.init(id: "org", role: "lead", onBehalfOf: "coalition"), .init(id: "ambassador", role: "speaker"), .init(id: "envoy")])])

    @Test("a meeting from a tie and one from an event, newest first, with roles and co-participants")
    func meetings() {
        let meetings = Self.graph.meetings(of: "org")
        #expect(meetings.map(\.with) == ["ambassador", "envoy", "envoy"])
        #expect(meetings[0].event == "geneva" && meetings[0].role == "lead" && meetings[0].withRole == "speaker")
        #expect(meetings[0].onBehalfOf == "coalition" && meetings[0].coParticipants == ["envoy"])
        #expect(meetings[2].isDirect && meetings[2].sources.map(\.description) == ["s#p6"] && meetings[2].place == "Tunis")
    }

    @Test("partial dates compare by the period they cover", arguments: [
        ("2018", "2018", ["envoy"]), ("2018-11", nil, ["ambassador", "envoy"]), (nil, "2018", ["envoy"]),
        ("2024", "2024-09", ["ambassador", "envoy"]), ("2024-10", nil, []), (nil, "2018-09", []),
    ] as [(String?, String?, [String])])
    func dateFilters(since: String?, until: String?, expected: [String]) {
        let query = MeetingQuery(since: since.flatMap(PartialDate.init(parsing:)), until: until.flatMap(PartialDate.init(parsing:)))
        #expect(Self.graph.meetings(of: "org", query: query).map(\.with) == expected)
    }

    @Test("place, event kind and source filters")
    func otherFilters() {
        #expect(Self.graph.meetings(of: "org", query: MeetingQuery(place: "geneve")).count == 2)
        #expect(Self.graph.meetings(of: "org", query: MeetingQuery(via: .ties)).map(\.with) == ["envoy"])
        #expect(Self.graph.meetings(of: "org", query: MeetingQuery(eventKind: .workshop)).isEmpty)
        #expect(Self.graph.meetings(of: "org", with: "envoy").count == 2)
    }

    @Test("members speak for their coalition; withheld actors stay out")
    func throughMembers() {
        #expect(Self.graph.meetings(of: "coalition").isEmpty)
        let members = Self.graph.meetings(of: "coalition", query: MeetingQuery(throughMembers: true))
        #expect(Set(members.map(\.with)) == ["ambassador", "envoy"])
        #expect(members.allSatisfy { $0.actor == "org" && $0.through == "coalition" })
        let all = Self.graph.meetings(of: "coalition", query: MeetingQuery(audience: .confidential))
        #expect(all.map(\.with) == ["hidden"])
    }

    @Test("actors by id, by name or alias in any language; unknown, ambiguous and withheld are distinct errors")
    func resolver() throws {
        let resolver = ActorResolver(graph: Self.graph, audience: .internal)
        #expect(try resolver.resolve("معا نبنيها").id == "org")
        #expect(try resolver.resolve("twbi").id == "org")
        #expect(try resolver.resolve("lars tummers").id == "ambassador")
        let unknown = try #require(throws: StakeMapError.self) { try resolver.resolve("Stefanie Williams") }
        #expect(unknown.description == "error: no actor 'Stefanie Williams'; did you mean 'Stephanie Williams' (envoy)?")
        let ambiguous = try #require(throws: StakeMapError.self) { try resolver.resolve("Sam") }
        #expect(ambiguous.description.hasPrefix("error: 'Sam' is ambiguous: it names 'twin-a' (Sam, person), 'twin-b'"))
        let withheld = try #require(throws: StakeMapError.self) { try resolver.resolve("Hidden Person") }
        #expect(withheld.description.hasPrefix("error: 'Hidden Person' is withheld from the internal audience"))
    }

    @Test("neighbourhoods, common ground and the timeline")
    func neighbourhood() {
        let ego = Self.graph.neighbourhood(of: "org", depth: 1)
        #expect(ego.map(\.id) == ["org", "ambassador", "coalition", "envoy"])
        let common = Self.graph.commonGround(of: ["org", "ambassador"])
        #expect(common.events.map(\.id) == ["geneva"] && common.contacts.map(\.id) == ["envoy"])
        #expect(Self.graph.timeline().map { $0.event ?? "met" } == ["met", "geneva"])
    }
}
