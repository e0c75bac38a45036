import Foundation
import Testing

/// `validate`, `stats` and `convert` through the real binary.
@Suite("validate, stats, convert", .serialized)
struct FoundationCommandTests {
    @Test("validate prints a summary of each real network", arguments: ["graphs/libya-wps.yaml", "graphs/yemen-marib.yaml", "graphs/wps-all.yaml"])
    func validateReal(_ graph: String) throws {
        let result = try StakeMapBinary.run(["validate", graph])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.range(of: #"^ok: \d+ actors, \d+ ties, \d+ events\n$"#, options: .regularExpression) != nil, "\(result.stdout)")
    }

    static let fiveMistakes = """
        stakemap: 1
        actors:
          - {id: a, kind: persn}
          - {id: b, kind: person, influence: 6}
          - {id: c, kind: person, colour: red}
        ties:
          - {from: a, to: nobody, kind: met}
          - {from: a, to: b, kind: met, date: 2019-13}

        """

    @Test("a file with five mistakes: five located errors, exit 1, nothing written")
    func fiveMistakes() throws {
        let scratch = Scratch()
        let input = scratch.write("five.yaml", Self.fiveMistakes)
        let validate = try StakeMapBinary.run(["validate", input])
        #expect(validate.status == 1)
        let lines = validate.stderr.split(separator: "\n")
        #expect(lines.count == 5, "\(validate.stderr)")
        #expect(lines.allSatisfy { $0.hasPrefix("\(input):") && $0.contains(": error: ") })
        #expect(lines.first?.hasPrefix("\(input):3:19: error: unknown actor kind 'persn'; did you mean 'person'?") == true)
        let output = scratch.path("out.yaml")
        let convert = try StakeMapBinary.run(["convert", input, "-o", output])
        #expect(convert.status == 1)
        #expect(!FileManager.default.fileExists(atPath: output))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.directory.path)
        #expect(leftovers == ["five.yaml"])
    }

    @Test("convert to YAML and JSON and back gives the same file")
    func convertRoundTrip() throws {
        let scratch = Scratch()
        let yaml = scratch.path("libya.yaml"), json = scratch.path("libya.json"), again = scratch.path("again.yaml")
        #expect(try StakeMapBinary.run(["convert", "graphs/libya-wps.yaml", "-o", yaml]).status == 0)
        #expect(try StakeMapBinary.run(["convert", yaml, "-o", json]).status == 0)
        #expect(try StakeMapBinary.run(["convert", json, "-o", again]).status == 0)
        #expect(try String(contentsOfFile: yaml, encoding: .utf8) == String(contentsOfFile: again, encoding: .utf8))
    }

    @Test("convert --audience public leaves out restricted and confidential items")
    func audience() throws {
        let scratch = Scratch()
        let everything = scratch.path("all.yaml"), open = scratch.path("public.yaml")
        #expect(try StakeMapBinary.run(["convert", "graphs/yemen-marib.yaml", "-o", everything, "--audience", "confidential"]).status == 0)
        #expect(try StakeMapBinary.run(["convert", "graphs/yemen-marib.yaml", "-o", open, "--audience", "public"]).status == 0)
        let all = try String(contentsOfFile: everything, encoding: .utf8), visible = try String(contentsOfFile: open, encoding: .utf8)
        #expect(all.contains("sensitivity: confidential"))
        #expect(!visible.contains("sensitivity: restricted") && !visible.contains("sensitivity: confidential"))
    }

    @Test("stats as JSON")
    func statsJSON() throws {
        let result = try StakeMapBinary.run(["stats", "graphs/libya-wps.yaml", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["actors"] as? Int ?? 0) > 40)
        #expect(object["as_of"] as? String == "2025-10-04")
    }

    @Test("a foreign GraphML (networkx's karate club) loads with 34 actors and 78 ties")
    func graphML() throws {
        let result = try StakeMapBinary.run(["validate", "Tests/StakeMapFormatsTests/Fixtures/karate.graphml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("ok: 34 actors, 78 ties"))
    }

    @Test("bad usage exits 64 with a message")
    func usage() throws {
        let result = try StakeMapBinary.run(["stats", "graphs/libya-wps.yaml", "--format", "xml"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("xml"))
    }

    @Test("help teaches, with examples", arguments: ["validate", "stats", "convert"])
    func help(_ command: String) throws {
        let result = try StakeMapBinary.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Example"))
    }
}
