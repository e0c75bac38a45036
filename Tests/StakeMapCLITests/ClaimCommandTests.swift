import Foundation
import Testing

/// The claims of `gaps` and `plan` JSON re-derived through other commands: `met` for met and
/// not-met, `path` and `path --avoid` for only-through and no-path; and the small truths of
/// `timeline`, `met --since` and `brokers --group-by`.
@Suite("claims through the commands", .serialized)
struct ClaimCommandTests {
    static let graph = "graphs/libya-wps.yaml"

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try StakeMapBinary.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func paths(_ from: String, _ to: String, avoid: String? = nil) throws -> Int {
        let object = try json(["path", graph, from, to, "--k", "1"] + (avoid.map { ["--avoid", $0] } ?? []))
        return (object["paths"] as? [Any])?.count ?? -1
    }

    static func meetings(_ a: String, _ b: String) throws -> [[String: Any]] {
        (try json(["met", graph, a, b])["meetings"] as? [[String: Any]]) ?? []
    }

    /// Checks one claim through the commands; returns why it fails, or nil.
    static func check(_ claim: [String: Any]) throws -> String? {
        let kind = claim["claim"] as? String ?? ""
        let s = { (key: String) in claim[key] as? String ?? "" }
        switch kind {
        case "met":
            let found = try meetings(s("a"), s("b"))
            if found.isEmpty { return "met: none" }
            if let date = claim["date"] as? String, !found.contains(where: { $0["date"] as? String == date }) { return "met: not on \(date)" }
        case "not-met":
            if !(try meetings(s("a"), s("b"))).isEmpty { return "not-met: they met" }
        case "only-through":
            if try paths(s("from"), s("to")) == 0 { return "only-through: no path" }
            if try paths(s("from"), s("to"), avoid: s("through")) != 0 { return "only-through: path --avoid finds one" }
        case "no-path":
            if try paths(s("from"), s("to")) != 0 { return "no-path: path finds one" }
        default:
            return nil
        }
        return nil
    }

    @Test("gaps JSON: every finding has claims; met, not-met, only-through and no-path hold through met and path --avoid",
          arguments: [["--targets", "stephanie-williams,beatrice-le-fraper,hilary-childs,lars-tummers"],
                      ["--targets", "kind:un-body", "--only", "broker-dependency,target-reach"]])
    func gaps(targets: [String]) throws {
        let object = try Self.json(["gaps", Self.graph, "--home", "lwa"] + targets)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        var checked = 0, failures = [String]()
        for finding in findings {
            let claims = finding["claims"] as? [[String: Any]] ?? []
            #expect(!claims.isEmpty, "\(finding["message"] ?? "")")
            for claim in claims where ["met", "not-met", "only-through", "no-path"].contains(claim["claim"] as? String ?? "") && checked < 40 {
                checked += 1
                if let why = try Self.check(claim) { failures.append("\(finding["message"] ?? ""): \(claim): \(why)") }
            }
        }
        #expect(checked > 0)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test("plan JSON: targets, steps and intermediaries carry claims that hold through met and path")
    func plan() throws {
        let object = try Self.json(["plan", Self.graph, "--home", "lwa", "--targets", "un-women,wilpf,kind:un-body"])
        let targets = try #require(object["targets"] as? [[String: Any]])
        let intermediaries = object["intermediaries"] as? [[String: Any]] ?? []
        let meetings = (object["itinerary"] as? [[String: Any]] ?? []).flatMap { $0["meetings"] as? [[String: Any]] ?? [] }
        var failures = [String]()
        for element in targets + intermediaries + meetings {
            let claims = element["claims"] as? [[String: Any]] ?? []
            #expect(!claims.isEmpty)
            for claim in claims.prefix(4) { if let why = try Self.check(claim) { failures.append("\(claim): \(why)") } }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        for meeting in meetings where (meeting["note"] as? String ?? "").contains("which met them") {
            let via = meeting["via"] as? String ?? "", with = meeting["with"] as? String ?? ""
            #expect(!(try Self.meetings(via, with)).isEmpty, "\(meeting["note"] ?? "")")
        }
    }

    static let small = """
        stakemap: 1
        actors:
          - {id: x, kind: organization, region: east}
          - {id: a, kind: person}
          - {id: b, kind: person}
        ties:
          - {from: x, to: a, kind: met, date: 2019}
          - {from: x, to: b, kind: met}
        events:
          - {id: e1, kind: meeting, date: 2020, participants: [x, a, b]}
        """

    @Test("timeline names who was present")
    func timeline() throws {
        let scratch = Scratch()
        let result = try StakeMapBinary.run(["timeline", scratch.write("small.yaml", Self.small)])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("x, a, b"))
        #expect(!result.stdout.contains("present"))
    }

    @Test("met --since says how many undated meetings it left out; --undated include keeps them")
    func undated() throws {
        let scratch = Scratch()
        let file = scratch.write("small.yaml", Self.small)
        let excluded = try StakeMapBinary.run(["met", file, "x", "--since", "2018", "--format", "json"])
        #expect(excluded.status == 0)
        #expect(excluded.stderr.contains("1 undated meeting left out"))
        let included = try StakeMapBinary.run(["met", file, "x", "--since", "2018", "--undated", "include", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(included.stdout.utf8)) as? [String: Any])
        #expect((object["meetings"] as? [Any])?.count == 4)
        #expect(!included.stderr.contains("left out"))
    }

    @Test("brokers --group-by says how many actors lack the attribute, and when too few have it")
    func groupBy() throws {
        let scratch = Scratch()
        let result = try StakeMapBinary.run(["brokers", scratch.write("small.yaml", Self.small), "--group-by", "region"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("2 of 3 actors have no region"))
        #expect(result.stderr.contains("too few for brokerage roles"))
        #expect(!result.stdout.contains("liaison"))
    }

    @Test("a record dated after today is named in a warning")
    func future() throws {
        let scratch = Scratch()
        let file = scratch.write("future.yaml", Self.small.replacingOccurrences(of: "date: 2020", with: "date: 2999") + "\nas_of: 2025-10-04\n")
        let result = try StakeMapBinary.run(["gaps", file, "--home", "x"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("dated after today (2025-10-04)") && result.stderr.contains("e1"))
    }
}
