import Testing
@testable import StakeMap

/// Selectors: `id`, `kind:…`, `tag:…`, `country:…`, `,` for or, `+` for and.
@Suite("Selectors")
struct SelectorTests {
    static let graph = Graph(actors: [
        Actor(id: "fr-embassy", kind: .diplomaticMission, country: "FR", tags: ["eu"]),
        Actor(id: "le-fraper", kind: .person, country: "FR", tags: ["ambassador", "eu"]),
        Actor(id: "childs", kind: .person, country: "CA", tags: ["ambassador"]),
        Actor(id: "twbi", kind: .organization, country: "LY", region: "west", tags: ["women-led"]),
    ])

    @Test("selects", arguments: [
        ("twbi", ["twbi"]),
        ("kind:person", ["le-fraper", "childs"]),
        ("tag:ambassador", ["le-fraper", "childs"]),
        ("tag:ambassador+country:FR", ["le-fraper"]),
        ("kind:diplomatic-mission,tag:ambassador+country:fr", ["fr-embassy", "le-fraper"]),
        ("region:west,childs", ["childs", "twbi"]),
        ("tag:nothing", []),
    ])
    func selects(_ text: String, _ expected: [String]) throws {
        let selector = try Selector(parsing: text)
        #expect(try selector.select(in: Self.graph).map(\.id) == expected)
    }

    @Test("rejects", arguments: [
        ("kind:persn", "unknown actor kind 'persn' in selector; did you mean 'person'?"),
        ("knd:person", "unknown selector field 'knd'; did you mean 'kind'?"),
        ("tag:", "'tag:' has no value after ':'"),
        ("a,,b", "empty term in selector 'a,,b'"),
    ])
    func rejects(_ text: String, _ message: String) throws {
        let error = try #require(throws: StakeMapError.self) { try Selector(parsing: text) }
        #expect(error.description == "error: " + message || error.description.hasPrefix("error: " + message))
    }

    @Test("what is wrong comes as a reason to word in any language, and as the English error")
    func problems() throws {
        let cases: [(String, SelectorProblem.Reason)] = [
            ("kind:persn", .unknownKind("persn", closest: "person")),
            ("kind:xyzzyq", .unknownKind("xyzzyq", closest: nil)),
            ("knd:person", .unknownField("knd", closest: "kind")),
            ("tag:", .noValue(term: "tag:")),
            ("a,,b", .emptyTerm),
            ("field:club", .fieldWithoutValue(term: "field:club")),
            ("sensitivity:secret", .unknownSensitivity("secret")),
        ]
        for (text, reason) in cases {
            guard case let .failure(problem) = Selector.parse(text) else {
                Issue.record("'\(text)' parsed")
                continue
            }
            #expect(problem == SelectorProblem(selector: text, reason: reason))
            let error = try #require(throws: StakeMapError.self) { try Selector(parsing: text) }
            #expect(error.description == problem.error.description)
        }
        #expect(try Selector.parse("kind:person+tag:eu,twbi").get() == Selector(parsing: "kind:person+tag:eu,twbi"))
    }

    @Test("an unknown id is an error with a suggestion")
    func unknownID() throws {
        let error = try #require(throws: StakeMapError.self) { try Selector(parsing: "twbj").select(in: Self.graph) }
        #expect(error.description == "error: no actor with id 'twbj'; did you mean 'twbi'?")
    }
}
