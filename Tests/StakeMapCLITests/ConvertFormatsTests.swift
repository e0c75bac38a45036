import Foundation
import Testing
import StakeMap

/// `convert` to and from every interchange format, through the real binary.
@Suite("convert: interchange formats", .serialized)
struct ConvertFormatsTests {
    /// Output names and the files each writes.
    static let outputs: [(name: String, files: [String])] = [
        ("libya.graphml", ["libya.graphml"]), ("libya.gexf", ["libya.gexf"]), ("libya.kumu.json", ["libya.kumu.json"]),
        ("libya-elements.csv", ["libya-elements.csv", "libya-connections.csv"]), ("libya.popolo.json", ["libya.popolo.json"]),
        ("libya.dot", ["libya.dot"]), ("libya.cypher", ["libya.cypher"]),
        ("libya-neo4j-nodes.csv", ["libya-neo4j-nodes.csv", "libya-neo4j-relationships.csv"]),
    ]

    @Test("each format is written by its name, with at most one warning", arguments: outputs.map(\.name))
    func writes(name: String) throws {
        let scratch = Scratch()
        let result = try StakeMapBinary.run(["convert", "graphs/libya-wps.yaml", "-o", scratch.path(name)])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try #require(Self.outputs.first { $0.name == name }).files
        for file in files { #expect(FileManager.default.fileExists(atPath: scratch.path(file)), "\(file)") }
        #expect(result.stderr.split(separator: "\n").filter { $0.contains("cannot hold") }.count <= 1, "\(result.stderr)")
        #expect(!result.stderr.contains("error:"))
    }

    @Test("--lang ar says what a format cannot hold, and what the audience leaves out, in Arabic")
    func arabicWarnings() throws {
        let scratch = Scratch()
        let result = try StakeMapBinary.run(["convert", "graphs/libya-wps.yaml", "-o", scratch.path("libya.kumu.json"),
                                             "--audience", "public", "--lang", "ar"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("ملاحظة: حُجب عن جمهور «عام»") == true, "\(result.stderr)")
        #expect(lines.last?.hasPrefix("تحذير: لا يتّسع تنسيق \u{2068}Kumu JSON\u{2069} لما يلي: عنوان الشبكة") == true, "\(result.stderr)")
        // Latin letters only inside isolates (the format's name, file extensions, options).
        let bare = result.stderr.replacingOccurrences(of: #"[\u{2066}\u{2068}][^\u{2069}]*\u{2069}"#, with: "", options: .regularExpression)
        #expect(!bare.unicodeScalars.contains { $0.isASCII && CharacterSet.letters.contains($0) }, "\(bare)")
        let english = try StakeMapBinary.run(["convert", "graphs/libya-wps.yaml", "-o", scratch.path("libya.kumu.json"), "--audience", "public"])
        #expect(english.stderr.contains("warning: Kumu JSON cannot hold: network.title"), "\(english.stderr)")
    }

    @Test("readable formats come back to the same actors and ties",
          arguments: ["libya.graphml", "libya.gexf", "libya.kumu.json", "libya-elements.csv", "libya-connections.csv"])
    func readsBack(name: String) throws {
        let scratch = Scratch()
        let written = name == "libya-connections.csv" ? "libya-elements.csv" : name
        _ = try StakeMapBinary.run(["convert", "graphs/libya-wps.yaml", "-o", scratch.path(written), "--audience", "confidential"])
        let original = try StakeMapBinary.run(["validate", "graphs/libya-wps.yaml"])
        let back = try StakeMapBinary.run(["convert", scratch.path(name), "-o", scratch.path("back.yaml")])
        #expect(back.status == 0, "\(back.stderr)")
        let validate = try StakeMapBinary.run(["validate", scratch.path("back.yaml")])
        let counts = { (text: String) in text.split(separator: ",").prefix(2).joined() }
        #expect(counts(validate.stdout) == counts(original.stdout), "\(validate.stdout) vs \(original.stdout)")
    }

    @Test("GraphML round trip through the command is byte-identical in YAML")
    func graphMLLossless() throws {
        let scratch = Scratch()
        _ = try StakeMapBinary.run(["convert", "graphs/libya-wps.yaml", "-o", scratch.path("a.yaml"), "--audience", "confidential"])
        _ = try StakeMapBinary.run(["convert", "graphs/libya-wps.yaml", "-o", scratch.path("a.graphml"), "--audience", "confidential"])
        let back = try StakeMapBinary.run(["convert", scratch.path("a.graphml"), "-o", scratch.path("b.yaml")])
        #expect(back.status == 0 && back.stderr.isEmpty, "\(back.stderr)")
        #expect(try String(contentsOfFile: scratch.path("a.yaml"), encoding: .utf8) == String(contentsOfFile: scratch.path("b.yaml"), encoding: .utf8))
    }

    @Test("the public audience leaves nothing of restricted or confidential items in any format's bytes",
          arguments: outputs.map(\.name))
    func audience(name: String) throws {
        let scratch = Scratch()
        let result = try StakeMapBinary.run(["convert", "graphs/yemen-marib.yaml", "-o", scratch.path(name), "--audience", "public"])
        #expect(result.status == 0, "\(result.stderr)")
        let graph = try NativeReader().read(path: StakeMapBinary.repository.appendingPathComponent("graphs/yemen-marib.yaml").path).graph
        let withheld = graph.actors.filter { $0.sensitivity != .public }
        let secrets = withheld.map(\.id) + withheld.flatMap(\.allNames) + withheld.compactMap(\.note)
            + graph.ties.filter { $0.sensitivity != .public }.compactMap(\.note)
        #expect(secrets.count >= 4)
        for file in try #require(Self.outputs.first { $0.name == name }).files {
            let text = try String(contentsOfFile: scratch.path(file), encoding: .utf8)
            for secret in secrets {
                #expect(!text.contains(secret), "\(file) contains '\(secret)'")
            }
        }
    }

    @Test("--to names the format: a folder for neo4j-admin, standard output for one file")
    func explicitFormat() throws {
        let scratch = Scratch()
        let folder = scratch.path("neo4j") + "/"
        let result = try StakeMapBinary.run(["convert", "graphs/libya-wps.yaml", "-o", folder, "--to", "neo4j-csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "neo4j-nodes.csv"))
        #expect(FileManager.default.fileExists(atPath: folder + "neo4j-relationships.csv"))
        let dot = try StakeMapBinary.run(["convert", "graphs/libya-wps.yaml", "-o", "-", "--to", "dot"])
        #expect(dot.status == 0 && dot.stdout.hasPrefix("digraph "))
        let bad = try StakeMapBinary.run(["convert", "graphs/libya-wps.yaml", "-o", "x.out", "--to", "gexff"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("did you mean 'gexf'"), "\(bad.stderr)")
        let unknown = try StakeMapBinary.run(["convert", "graphs/libya-wps.yaml", "-o", scratch.path("x.xlsx")])
        #expect(unknown.status == 64)
    }

    @Test("a located error from a broken foreign file, nothing written")
    func brokenInput() throws {
        let scratch = Scratch()
        let input = scratch.write("bad.kumu.json", "{\"elements\": [\n  {\"label\": \"A\"}\n],\n\"connections\": [{\"from\": \"A\", \"to\": \"Z\"}]}")
        let result = try StakeMapBinary.run(["convert", input, "-o", scratch.path("out.yaml")])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(input):4:17: error: edge target 'Z' is not a node"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out.yaml")))
    }

    @Test("help documents every output format and the Kumu and Neo4j file names")
    func help() throws {
        let result = try StakeMapBinary.run(["convert", "--help"])
        for text in [".graphml", ".gexf", "X.kumu.json", "X-elements.csv", "X-connections.csv", "X.popolo.json", ".dot", ".cypher", "X-neo4j-nodes.csv"] {
            #expect(result.stdout.contains(text), "\(text)")
        }
    }
}
