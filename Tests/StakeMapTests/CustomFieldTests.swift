import Foundation
import Testing
@testable import StakeMap

/// `fields: {key: value}` on actors and ties: typed values, round trips, merging, selectors.
@Suite("Custom fields")
struct CustomFieldTests {
    static let text = """
    stakemap: 1
    actors:
      - id: hanan
        kind: person
        fields: {club: Mr. Hi, members: 34, share: 0.5, joined: 2019-03-08, active: true, zip: "01234", code: 007, "yes": "yes"}
      - {id: lwa, kind: coalition, fields: {club: Officer}}
    ties:
      - {from: hanan, to: lwa, kind: member-of, fields: {verified: no, since: 2019-03}}
    """

    @Test("values are typed by how they read; quoted values are texts")
    func typed() throws {
        let graph = try NativeReader().read(text: Self.text).graph
        let fields = try #require(graph.actor(withID: "hanan")?.fields)
        #expect(fields["club"] == .text("Mr. Hi"))
        #expect(fields["members"] == .number(34))
        #expect(fields["share"] == .number(0.5))
        #expect(fields["joined"] == .date(try #require(PartialDate(parsing: "2019-03-08"))))
        #expect(fields["active"] == .flag(true))
        #expect(fields["zip"] == .text("01234"))
        #expect(fields["code"] == .text("007"))
        #expect(fields["yes"] == .text("yes"))
        #expect(graph.ties.first?.fields == ["verified": .flag(false), "since": .date(try #require(PartialDate(parsing: "2019-03")))])
    }

    @Test("YAML and JSON round trips keep every field and its type")
    func roundTrips() throws {
        let original = try NativeReader().read(text: Self.text).graph
        let yaml = try NativeWriter().write(original)
        #expect(yaml.contains("fields: {active: true, club: Mr. Hi, code: \"007\""))
        #expect(try NativeReader().read(text: yaml).graph == original)
        #expect(try NativeReader().read(text: NativeWriter().writeJSON(original)).graph == original)
    }

    @Test("a field's value is checked: no lists or maps, no key twice; two files with different values conflict")
    func errors() throws {
        let bad = """
        stakemap: 1
        actors:
          - {id: a, kind: person, fields: {tags: [x, y]}}
          - {id: b, kind: person, fields: [x]}
        """
        #expect(throws: StakeMapError.self) { try NativeReader().read(text: bad) }
        let files = TestFiles()
        _ = files.write("b.yaml", "stakemap: 1\nactors:\n  - {id: a, kind: person, fields: {club: Officer}}\n")
        let root = files.write("a.yaml", "stakemap: 1\ninclude: [b.yaml]\nactors:\n  - {id: a, kind: person, fields: {club: Mr. Hi, size: 3}}\n")
        do {
            _ = try NativeReader().read(path: root)
            Issue.record("a conflicting field was accepted")
        } catch {
            #expect(error.description.contains("fields.club"))
        }
        _ = files.write("c.yaml", "stakemap: 1\nactors:\n  - {id: a, kind: person, fields: {email: a@b.org}}\n")
        let united = files.write("d.yaml", "stakemap: 1\ninclude: [c.yaml]\nactors:\n  - {id: a, kind: person, fields: {club: Mr. Hi}}\n")
        #expect(try NativeReader().read(path: united).graph.actor(withID: "a")?.fields == ["club": .text("Mr. Hi"), "email": .text("a@b.org")])
    }

    @Test("selector field:KEY=VALUE and attributeValue")
    func selector() throws {
        let graph = try NativeReader().read(text: Self.text).graph
        #expect(try Selector(parsing: "field:club=Mr. Hi").select(in: graph).map(\.id) == ["hanan"])
        #expect(try Selector(parsing: "field:members=34+kind:person").select(in: graph).map(\.id) == ["hanan"])
        #expect(throws: StakeMapError.self) { try Selector(parsing: "field:club") }
        #expect(graph.actor(withID: "lwa")?.attributeValue("club") == "Officer")
        #expect(graph.actor(withID: "lwa")?.attributeValue("kind") == "coalition")
    }
}
