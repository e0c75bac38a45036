import Foundation
import Testing

/// `stakemap audit`: views per audience, withheld items, risk flags; nothing above the reader.
@Suite("audit", .serialized)
struct AuditTests {
    @Test("the confidential reader sees every view, withheld item and risk")
    func confidentialReader() throws {
        let scratch = Scratch()
        let graph = scratch.write("net.yaml", LeakFixture.yaml())
        let result = try StakeMapBinary.run(["audit", graph, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let views = try #require(object["views"] as? [[String: Any]])
        #expect(views.compactMap { $0["audience"] as? String } == ["public", "internal", "confidential"])
        #expect(views.compactMap { $0["actors"] as? Int } == [6, 7, 8])
        let withheld = try #require(object["withheld"] as? [[String: Any]])
        #expect(withheld.contains { $0["id"] as? String == "zqc-person" && ($0["withheldFrom"] as? [String]) == ["public", "internal"] })
        #expect(withheld.contains { $0["id"] as? String == "zqr-event" && ($0["withheldFrom"] as? [String]) == ["public"] })
        let risks = Set(try #require(object["flags"] as? [[String: Any]]).compactMap { $0["risk"] as? String })
        #expect(risks.isSuperset(of: ["withheld-actor-at-visible-event", "tie-less-protected-than-actor"]))
    }

    @Test("the internal reader is told nothing of confidential items", arguments: ["table", "json", "csv", "md"])
    func internalReader(_ format: String) throws {
        let scratch = Scratch()
        let graph = scratch.write("net.yaml", LeakFixture.yaml())
        let result = try StakeMapBinary.run(["audit", graph, "--audience", "internal", "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.lowercased().contains("zqc"))
        #expect(result.stdout.contains("zqr") || format == "csv")
    }

    @Test("public at-risk persons and names in visible text are flagged; --strict exits 1")
    func flags() throws {
        let scratch = Scratch()
        let graph = scratch.write("net.yaml", """
        stakemap: 1
        sources:
          - {id: s, title: "Interview with Hidden Activist"}
        actors:
          - {id: org, kind: organization, name: Org}
          - {id: hidden, kind: person, name: Hidden Activist, sensitivity: restricted}
          - {id: open, kind: person, name: Open Defender, tags: [human-rights-defender]}
        ties:
          - {from: org, to: open, kind: met, sources: [s]}
        events:
          - {id: e, kind: meeting, name: {en: Briefing}, participants: [org, open], note: "Hidden Activist spoke first"}
        """)
        let result = try StakeMapBinary.run(["audit", graph, "--format", "csv", "--strict"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("unprotected-at-risk-actor"))
        #expect(result.stdout.contains("withheld-actor-named-in-visible-text"))
        #expect(result.stdout.contains("withheld-actor-named-in-source"))
    }
}
