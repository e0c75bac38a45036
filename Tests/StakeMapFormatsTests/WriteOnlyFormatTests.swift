import CSV
import Foundation
import Testing
import StakeMapFormats

/// Popolo, DOT, Cypher and neo4j-admin CSV: checked by structure on the real and synthetic networks.
@Suite("Write-only formats")
struct WriteOnlyFormatTests {
    @Test("Popolo: every actor once as a person, organization or post; memberships and events with attendees",
          arguments: ["libya", "synthetic", "tricky"])
    func popolo(network: String) throws {
        let graph = try InteropNetworks.named(network)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(PopoloWriter().write(graph).utf8)) as? [String: Any])
        let persons = try #require(object["persons"] as? [[String: Any]])
        let organizations = try #require(object["organizations"] as? [[String: Any]])
        let posts = try #require(object["posts"] as? [[String: Any]])
        #expect(persons.count == graph.actors.filter { $0.kind == .person }.count)
        #expect(posts.count == graph.actors.filter { $0.kind == .post }.count)
        #expect(persons.count + organizations.count + posts.count == graph.actors.count)
        let memberships = try #require(object["memberships"] as? [[String: Any]])
        #expect(memberships.filter { $0["role"] != nil }.count == graph.ties.filter { PopoloWriter.membershipKinds.contains($0.kind) }.count)
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.count == graph.events.count)
        for (event, written) in zip(graph.events, events) {
            #expect((written["attendees"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == event.attendees)
        }
    }

    @Test("DOT: one statement per actor and tie, undirected kinds without arrows, hostile text quoted")
    func dot() throws {
        let graph = InteropNetworks.synthetic
        let text = DOTWriter().write(graph)
        let lines = text.split(separator: "\n")
        #expect(lines.filter { $0.contains(" -> ") }.count == graph.ties.count)
        #expect(lines.filter { $0.contains(" -> ") && $0.contains(#""dir"="none""#) }.count == graph.ties.filter { !$0.isDirected }.count)
        #expect(text.contains(#""note"="Says \"hello\" <b>&amp;</b>\nsecond line""#))
        #expect(!text.contains("\nsecond line"), "a raw newline inside a quoted string")
    }

    @Test("DOT and Cypher escaping", arguments: [
        ("plain", "\"plain\"", "'plain'"),
        ("a\"b", #""a\"b""#, #"'a\"b'"#),
        ("O'Neil", "\"O'Neil\"", #"'O\'Neil'"#),
        ("back\\N", #""back\\N""#, #"'back\\N'"#),
        ("two\nlines", #""two\nlines""#, #"'two\nlines'"#),
    ])
    func escaping(input: String, dot: String, cypher: String) {
        #expect(DOTEscaping.quoted(input) == dot)
        #expect(CypherEscaping.literal(input) == cypher)
    }

    @Test("Cypher names: labels by kind, relationship types by tie kind, odd keys in backticks")
    func cypherNames() {
        #expect(CypherEscaping.label("un-body") == "UnBody")
        #expect(CypherEscaping.label("diplomatic-mission") == "DiplomaticMission")
        #expect(CypherEscaping.relationshipType("member-of") == "MEMBER_OF")
        #expect(CypherEscaping.identifier("name_ar") == "name_ar")
        #expect(CypherEscaping.identifier("name_zh-hant") == "`name_zh-hant`")
        #expect(CypherEscaping.identifier("a`b") == "`a``b`")
    }

    @Test("Cypher: a MERGE per actor, event and source, a CREATE per tie and attendance", arguments: ["libya", "synthetic", "tricky"])
    func cypher(network: String) throws {
        let graph = try InteropNetworks.named(network)
        let lines = CypherWriter().write(graph).split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("MERGE (n:Actor ") }.count == graph.actors.count)
        #expect(lines.filter { $0.hasPrefix("MERGE (n:Event ") }.count == graph.events.count)
        #expect(lines.filter { $0.hasPrefix("MERGE (n:Source ") }.count == graph.sources.count)
        let attendances = graph.events.reduce(0) { $0 + $1.organizers.count + $1.participants.count }
        #expect(lines.filter { $0.hasPrefix("MATCH ") && $0.contains(" CREATE (a)-[:") }.count == graph.ties.count + attendances)
        #expect(lines.allSatisfy { $0.hasPrefix("//") || $0.hasSuffix(";") }, "one statement per line")
    }

    @Test("neo4j-admin CSV: typed headers, a row per node and relationship, parsed back by a CSV reader",
          arguments: ["libya", "synthetic", "tricky"])
    func neo4j(network: String) throws {
        let graph = try InteropNetworks.named(network)
        let (nodes, relationships) = Neo4jCSVWriter().write(graph)
        let nodeRows = try rows(nodes), relationshipRows = try rows(relationships)
        #expect(nodeRows.first?.prefix(2) == ["id:ID", ":LABEL"])
        #expect(nodeRows.first?.contains("tags:string[]") == true)
        #expect(nodeRows.count - 1 == graph.actors.count + graph.events.count + graph.sources.count)
        #expect(relationshipRows.first?.prefix(3) == [":START_ID", ":END_ID", ":TYPE"])
        let attendances = graph.events.reduce(0) { $0 + $1.organizers.count + $1.participants.count }
        #expect(relationshipRows.count - 1 == graph.ties.count + attendances)
        #expect(Set(nodeRows.map(\.count)).count == 1 && Set(relationshipRows.map(\.count)).count == 1)
    }

    private func rows(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(string: text)
        var result: [[String]] = []
        while let row = reader.next() { result.append(row) }
        return result
    }
}
