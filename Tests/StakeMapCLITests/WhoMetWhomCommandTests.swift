import Foundation
import Testing

/// `met`, `path`, `ego`, `common`, `timeline` through the real binary, on the Libya network.
@Suite("who met whom", .serialized)
struct WhoMetWhomCommandTests {
    @Test("the women's coalition's meetings of seed 000, by id and by Arabic name, with sources")
    func metByNameAndID() throws {
        let byID = try StakeMapBinary.run(["met", "graphs/libya-wps.yaml", "lwa", "--through-members", "--format", "json"])
        #expect(byID.status == 0, "\(byID.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(byID.stdout.utf8)) as? [String: Any])
        let meetings = try #require(object["meetings"] as? [[String: Any]])
        let met = Set(meetings.compactMap { $0["with"] as? String })
        #expect(met.isSuperset(of: ["stephanie-williams", "beatrice-le-fraper", "hilary-childs", "lars-tummers"]))
        #expect(meetings.allSatisfy { ($0["sources"] as? [String])?.isEmpty == false })
        let byName = try StakeMapBinary.run(["met", "graphs/libya-wps.yaml", "تحالف المرأة الليبية", "--through-members", "--format", "json"])
        #expect(byName.status == 0, "\(byName.stderr)")
        #expect(byName.stdout == byID.stdout)
    }

    @Test("unknown, ambiguous and withheld actors get distinct messages and exit 1")
    func actorErrors() throws {
        let unknown = try StakeMapBinary.run(["met", "graphs/libya-wps.yaml", "Stefanie Williams"])
        #expect(unknown.status == 1 && unknown.stderr.contains("no actor 'Stefanie Williams'; did you mean 'Stephanie Williams' (stephanie-williams)"))
        let withheld = try StakeMapBinary.run(["met", "graphs/yemen-marib.yaml", "marib-women-activists"])
        #expect(withheld.status == 1 && withheld.stderr.contains("is withheld from the internal audience"))
    }

    @Test("paths come out in order of cost, each step explained")
    func path() throws {
        let result = try StakeMapBinary.run(["path", "graphs/libya-wps.yaml", "lwa", "lars-tummers", "--k", "3", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let paths = try #require(object["paths"] as? [[String: Any]])
        let costs = paths.compactMap { $0["cost"] as? Double }
        #expect(costs.count == 3 && costs == costs.sorted())
        #expect((paths.first?["actors"] as? [String])?.first == "lwa")
        #expect((paths.first?["actors"] as? [String])?.last == "lars-tummers")
    }

    @Test("ego writes a sub-network that validates, overwriting an existing file atomically")
    func ego() throws {
        let scratch = Scratch()
        let output = scratch.write("twbi.yaml", "old content")
        let result = try StakeMapBinary.run(["ego", "graphs/libya-wps.yaml", "twbi", "--depth", "1", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let validate = try StakeMapBinary.run(["validate", output])
        #expect(validate.status == 0 && validate.stdout.hasPrefix("ok: "), "\(validate.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.directory.path) == ["twbi.yaml"])
    }

    @Test("common and timeline", arguments: [["common", "graphs/libya-wps.yaml", "twbi", "lwa"], ["timeline", "graphs/libya-wps.yaml", "--format", "md"]])
    func others(_ arguments: [String]) throws {
        let result = try StakeMapBinary.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
    }
}
