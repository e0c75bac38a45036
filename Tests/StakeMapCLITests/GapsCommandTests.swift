import Foundation
import Testing

/// `gaps` and `brokers --group-by` through the real binary.
@Suite("gaps", .serialized)
struct GapsCommandTests {
    static let libya = ["gaps", "graphs/libya-wps.yaml", "--home", "lwa", "--targets",
                        "stephanie-williams,beatrice-le-fraper,hilary-childs,lars-tummers"]

    @Test("the Libya network: findings in the stable JSON shape, each citing its evidence")
    func libyaJSON() throws {
        let result = try StakeMapBinary.run(Self.libya + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Array(object.keys) == ["findings"])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        for finding in findings {
            #expect(Set(finding.keys).isSuperset(of: ["detector", "severity", "actors", "message", "suggestion", "evidence"]))
            #expect(["high", "medium", "low"].contains(finding["severity"] as? String ?? ""))
        }
        let reach = findings.filter { $0["detector"] as? String == "target-reach" }
        #expect(reach.count == 2)
        #expect(reach.allSatisfy { ($0["actors"] as? [String])?.contains("twbi") == true })
        #expect(result.stdout.contains("seed-000#p6"))
    }

    @Test("the briefing groups findings by severity", arguments: ["table", "md"])
    func briefing(format: String) throws {
        let result = try StakeMapBinary.run(Self.libya + ["--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        let high = try #require(result.stdout.range(of: "HIGH — act first"))
        let medium = try #require(result.stdout.range(of: "MEDIUM — plan for it"))
        #expect(high.lowerBound < medium.lowerBound)
        #expect(result.stdout.contains("Only Together We Build It has met Lars Tümmers"))
    }

    @Test("bad options exit 64", arguments: [["--stale-after", "soon"], ["--only", "nope"], ["--group-by", "colour"]])
    func usage(arguments: [String]) throws {
        let result = try StakeMapBinary.run(["gaps", "graphs/libya-wps.yaml"] + arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("unknown actors and bad selectors exit 1", arguments: [["--home", "nobody"], ["--targets", "kind:persn"]])
    func unknown(arguments: [String]) throws {
        let result = try StakeMapBinary.run(["gaps", "graphs/libya-wps.yaml"] + arguments)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("brokers --group-by adds Gould–Fernandez columns; without it the output is unchanged")
    func brokers() throws {
        let plain = try StakeMapBinary.run(["brokers", "graphs/libya-wps.yaml"])
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("liaison"))
        let grouped = try StakeMapBinary.run(["brokers", "graphs/libya-wps.yaml", "--group-by", "kind", "--format", "json"])
        #expect(grouped.status == 0, "\(grouped.stderr)")
        #expect(grouped.stdout.contains("\"liaison\""))
        #expect(try StakeMapBinary.run(["brokers", "graphs/libya-wps.yaml", "--group-by", "tag"]).status == 64)
    }
}

/// A network whose only route to the target runs through a confidential actor, with hostile text.
enum WithheldNetwork {
    static let yaml = """
        stakemap: 1
        as_of: 2025-10-04
        sources:
          - {id: open, title: Open report}
          - {id: zsecretsource, title: Zsecret dossier}
        actors:
          - {id: home, kind: coalition, name: "Home <b>&amp; \\"Co\\"", sources: [open]}
          - {id: member, kind: organization, name: "Member, Inc; <script>alert(1)</script>", place: "Tunis", sources: [open]}
          - {id: zsecret, kind: person, name: Zsecretname, aliases: [Zsecretalias], note: Zsecretnote, sensitivity: confidential, influence: 5, sources: [zsecretsource]}
          - {id: target, kind: person, name: Target Person, place: Tunis, influence: 5, gender: woman, sources: [open]}
          - {id: other, kind: person, name: Other Target, place: Tunis, influence: 4, sources: [open]}
        ties:
          - {from: member, to: home, kind: member-of, sources: [open]}
          - {from: home, to: zsecret, kind: met, date: 2018, note: Zsecretnote2, sources: [zsecretsource]}
          - {from: zsecret, to: target, kind: met, date: 2018, sources: [zsecretsource]}
          - {from: member, to: other, kind: met, date: 2019, sources: [open]}

        """
    static let leaks = ["zsecret", "Zsecret"]
}

@Suite("gaps audience", .serialized)
struct GapsAudienceTests {
    @Test("nothing of a withheld actor appears in any gaps output", arguments: ["table", "md", "json", "csv"])
    func withheld(format: String) throws {
        let scratch = Scratch()
        let input = scratch.write("withheld.yaml", WithheldNetwork.yaml)
        for audience in ["public", "internal"] {
            let result = try StakeMapBinary.run(["gaps", input, "--home", "home", "--targets", "target,other",
                                                 "--format", format, "--audience", audience])
            #expect(result.status == 0, "\(result.stderr)")
            for leak in WithheldNetwork.leaks { #expect(!result.stdout.contains(leak) && !result.stderr.contains(leak), "\(audience) \(format)") }
        }
        let open = try StakeMapBinary.run(["gaps", input, "--home", "home", "--targets", "target", "--audience", "confidential"])
        #expect(open.stdout.contains("Zsecretname"))
    }

    @Test("a withheld actor named as a target exits 1 without naming more than was typed")
    func withheldTarget() throws {
        let scratch = Scratch()
        let input = scratch.write("withheld.yaml", WithheldNetwork.yaml)
        let result = try StakeMapBinary.run(["gaps", input, "--home", "home", "--targets", "zsecret"])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("Zsecretname"))
    }
}
