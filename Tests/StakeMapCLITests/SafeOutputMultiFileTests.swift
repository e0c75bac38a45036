import Foundation
import Testing

/// Issue 11 item 2 for the outputs of several files (Kumu sheets, neo4j-admin CSV, a nodes/edges
/// pair): when any one of them is the input, a file read with it, or a file the input includes,
/// and the output holds less, nothing at all is written, not even the files that collide with nothing.
@Suite("Safe output: multi-file outputs over inputs")
struct SafeOutputMultiFileTests {
    /// The contents of every file in `paths` (nil for a missing one).
    static func contents(_ paths: [String]) -> [String?] {
        paths.map { try? String(contentsOfFile: $0, encoding: .utf8) }
    }

    /// Converts the fixture (everything in it) to the two-file output whose first file is `first`.
    static func pair(_ first: String, in scratch: Scratch) throws {
        let source = scratch.write("g.yaml", SafeOutputFixture.yaml)
        let made = try StakeMapBinary.run(["convert", source, "-o", scratch.path(first), "--audience", "confidential"])
        #expect(made.status == 0, "\(made.stderr)")
    }

    @Test("Kumu sheets written over the sheets they were read from are refused; both stay as they were")
    func kumuOverItsInput() throws {
        let scratch = Scratch()
        try Self.pair("k-elements.csv", in: scratch)
        let sheets = [scratch.path("k-elements.csv"), scratch.path("k-connections.csv")]
        let before = Self.contents(sheets)
        let result = try StakeMapBinary.run(["convert", sheets[0], "-o", sheets[0]])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("refusing to overwrite") && result.stderr.contains("leaves out"), "\(result.stderr)")
        #expect(Self.contents(sheets) == before)
    }

    @Test("a nodes/edges pair whose edges file is the input (read alone) is refused; the nodes file is not created")
    func pairOverItsEdgesInput() throws {
        let scratch = Scratch()
        try Self.pair("p-nodes.csv", in: scratch)
        try FileManager.default.removeItem(atPath: scratch.path("p-nodes.csv"))
        let edges = scratch.path("p-edges.csv")
        let before = Self.contents([edges])
        let result = try StakeMapBinary.run(["convert", edges, "-o", scratch.path("p-nodes.csv")])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("refusing to overwrite '\(edges)'"), "\(result.stderr)")
        #expect(Self.contents([edges]) == before)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("p-nodes.csv")), "all or nothing: the first file is not left behind")
    }

    @Test("a nodes/edges pair read together and written over itself is refused; both stay")
    func pairOverItself() throws {
        let scratch = Scratch()
        try Self.pair("q-nodes.csv", in: scratch)
        let pair = [scratch.path("q-nodes.csv"), scratch.path("q-edges.csv")]
        let before = Self.contents(pair)
        // The edges file is read as the nodes file's partner: writing the pair from it collides with both.
        let result = try StakeMapBinary.run(["convert", pair[0], "-o", pair[0]])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(Self.contents(pair) == before)
    }

    @Test("the second file of a two-file output is a file the input includes: refused, nothing written",
          arguments: [("n-neo4j-nodes.csv", "n-neo4j-relationships.csv"), ("s-elements.csv", "s-connections.csv"),
                      ("e-nodes.csv", "e-edges.csv")])
    func secondFileIsIncluded(first: String, second: String) throws {
        let scratch = Scratch()
        // A native fragment may have any name: here it has the name of the output's second file.
        let part = scratch.write(second, SafeOutputFixture.yaml)
        let main = scratch.write("main.yaml", "stakemap: 1\ninclude: [\(second)]\n")
        let result = try StakeMapBinary.run(["convert", main, "-o", scratch.path(first)])
        #expect(result.status == 2, "\(first): \(result.stderr)")
        #expect(result.stderr.contains("a file the input includes"), "\(first): \(result.stderr)")
        #expect(try String(contentsOfFile: part, encoding: .utf8) == SafeOutputFixture.yaml)
        #expect(!FileManager.default.fileExists(atPath: scratch.path(first)), "\(first): nothing is written")
        // Nothing left out, but a format that cannot hold all of it: still refused.
        let whole = try StakeMapBinary.run(["convert", main, "-o", scratch.path(first), "--audience", "confidential"])
        #expect(whole.status == 2 && whole.stderr.contains("refusing to overwrite"), "\(first): \(whole.stderr)")
        #expect(try String(contentsOfFile: part, encoding: .utf8) == SafeOutputFixture.yaml)
    }
}
