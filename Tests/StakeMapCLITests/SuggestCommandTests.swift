import Foundation
import Testing
import StakeMap

/// `stakemap suggest`: every claim of every suggestion checked against the network itself.
@Suite("suggest")
struct SuggestCommandTests {
    @Test("suggestions for the coalition, each claim true of the network", arguments: ["lwa", "twbi"])
    func claimsHold(_ home: String) throws {
        let graph = try NativeReader().read(path: StakeMapBinary.repository.appendingPathComponent("graphs/libya-wps.yaml").path).graph
        let result = try StakeMapBinary.run(["suggest", "graphs/libya-wps.yaml", "--home", home, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(output["home"] as? String == home)
        let suggestions = try #require(output["suggestions"] as? [[String: Any]])
        #expect(!suggestions.isEmpty)
        let visible = graph.visible(to: .internal)
        let met = { (a: String, b: String) in
            visible.ties.contains { ($0.from == a && $0.to == b) || ($0.from == b && $0.to == a) }
                || visible.events.contains { $0.attendees.contains(a) && $0.attendees.contains(b) }
        }
        for suggestion in suggestions {
            let id = try #require(suggestion["id"] as? String)
            #expect(!met(home, id), "\(id) is already a contact of \(home)")
            let kind = try #require(visible.actor(withID: id)?.kind)
            #expect(kind != .post && kind != .state, "\(id) cannot be met in person")
            let all = try #require(suggestion["claims"] as? [[String: Any]])
            #expect(all.contains { $0["claim"] as? String == "no-link" && $0["a"] as? [String] == [home] && $0["b"] as? [String] == [id] })
            let claims = all.compactMap { $0 as? [String: String] }
            #expect(claims.count == all.count - 1, "one no-link claim, the others plain")
            #expect(claims.contains { $0["claim"] == "not-met" && $0["a"] == home && $0["b"] == id })
            for claim in claims {
                switch claim["claim"] {
                case "tie":
                    #expect(visible.ties.contains { $0.from == claim["from"] && $0.to == claim["to"] && $0.kind.rawValue == claim["kind"] },
                            "\(claim)")
                case "not-met":
                    #expect(!met(claim["a"] ?? "", claim["b"] ?? ""), "\(claim)")
                case "holds":
                    #expect(visible.ties.contains { $0.kind == .holds && $0.from == claim["person"] && $0.to == claim["post"] }, "\(claim)")
                default:
                    Issue.record("unknown claim \(claim)")
                }
            }
            // Every common contact is tied to both.
            for contact in suggestion["common_contacts"] as? [String] ?? [] {
                #expect(visible.ties.contains { $0.involves(home) && $0.involves(contact) })
                #expect(visible.ties.contains { $0.involves(id) && $0.involves(contact) })
            }
        }
        let table = try StakeMapBinary.run(["suggest", "graphs/libya-wps.yaml", "--home", home])
        #expect(table.status == 0 && table.stdout.contains("could meet next"))
    }
}
