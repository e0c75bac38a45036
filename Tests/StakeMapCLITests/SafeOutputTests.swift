import Foundation
import Testing

/// Issue 11 items 1–4: outputs go through links and into streams, never replace an input with
/// less, say what the audience leaves out, and multi-file outputs are all or nothing.
@Suite("Safe output")
struct SafeOutputTests {
    @Test("an output link is written through: the link stays, its target gets the output")
    func symlinkOutput() throws {
        let scratch = Scratch()
        let input = scratch.write("g.yaml", SafeOutputFixture.open)
        let target = scratch.write("real.json", "old")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link.json"), withDestinationPath: target)
        let result = try StakeMapBinary.run(["convert", input, "-o", scratch.path("link.json")])
        #expect(result.status == 0, "\(result.stderr)")
        let type = try FileManager.default.attributesOfItem(atPath: scratch.path("link.json"))[.type] as? FileAttributeType
        #expect(type == .typeSymbolicLink)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("\"alpha\""))
    }

    @Test("'-o -' and '-o /dev/stdout' write to standard output; /dev/stdout stays what it was")
    func standardOutput() throws {
        let scratch = Scratch()
        let input = scratch.write("g.yaml", SafeOutputFixture.open)
        let before = try FileManager.default.attributesOfItem(atPath: "/dev/stdout")[.type] as? FileAttributeType
        for output in ["-", "/dev/stdout"] {
            let result = try StakeMapBinary.run(["convert", input, "-o", output, "--to", "json"])
            #expect(result.status == 0, "\(output): \(result.stderr)")
            #expect(result.stdout.contains("\"alpha\""), "\(output)")
        }
        #expect(try FileManager.default.attributesOfItem(atPath: "/dev/stdout")[.type] as? FileAttributeType == before)
    }

    @Test("a FIFO output is written as a stream")
    func fifoOutput() async throws {
        let scratch = Scratch()
        let input = scratch.write("g.yaml", SafeOutputFixture.open)
        let fifo = scratch.path("pipe.json")
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Task.detached { FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data() }
        let result = try StakeMapBinary.run(["convert", input, "-o", fifo])
        #expect(result.status == 0, "\(result.stderr)")
        let data = await reader.value
        #expect(String(decoding: data, as: UTF8.self).contains("\"alpha\""))
    }

    @Test("converting a file onto itself is refused when anything would be left out, and says why")
    func ontoItself() throws {
        let scratch = Scratch()
        let input = scratch.write("own.yaml", SafeOutputFixture.yaml)
        let result = try StakeMapBinary.run(["convert", input, "-o", input])
        #expect(result.status != 0)
        #expect(result.stderr.contains("refusing to overwrite") && result.stderr.contains("leaves out"))
        #expect(try String(contentsOfFile: input, encoding: .utf8) == SafeOutputFixture.yaml)
        // Through a link or another spelling of the path, too.
        try FileManager.default.createSymbolicLink(atPath: scratch.path("alias.yaml"), withDestinationPath: input)
        #expect(try StakeMapBinary.run(["convert", input, "-o", scratch.path("alias.yaml")]).status != 0)
        #expect(try String(contentsOfFile: input, encoding: .utf8) == SafeOutputFixture.yaml)
        // Nothing left out: allowed.
        let whole = try StakeMapBinary.run(["convert", input, "-o", input, "--audience", "confidential"])
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(try String(contentsOfFile: input, encoding: .utf8).contains("gamma"))
    }

    @Test("a file the input includes is never replaced by an output that leaves something out")
    func includedFile() throws {
        let scratch = Scratch()
        let part = scratch.write("part.yaml", SafeOutputFixture.yaml)
        let main = scratch.write("main.yaml", "stakemap: 1\ninclude: [part.yaml]\n")
        let result = try StakeMapBinary.run(["convert", main, "-o", part])
        #expect(result.status != 0)
        #expect(result.stderr.contains("includes"))
        #expect(try String(contentsOfFile: part, encoding: .utf8) == SafeOutputFixture.yaml)
        let report = try StakeMapBinary.run(["ego", main, "alpha", "-o", part])
        #expect(report.status != 0)
        #expect(try String(contentsOfFile: part, encoding: .utf8) == SafeOutputFixture.yaml)
    }

    @Test("what the audience leaves out is said in one line on stderr, by every writing command")
    func omissionNotice() throws {
        let scratch = Scratch()
        let input = scratch.write("g.yaml", SafeOutputFixture.yaml)
        let runs: [[String]] = [
            ["convert", input, "-o", scratch.path("out.json")],
            ["convert", input, "-o", scratch.path("out.graphml")],
            ["report", input, "-o", scratch.path("out.html"), "--no-map"],
            ["ego", input, "alpha", "-o", scratch.path("ego.yaml")],
        ]
        for arguments in runs {
            let result = try StakeMapBinary.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let notes = result.stderr.split(separator: "\n").filter { $0.hasPrefix("note: left out") }
            #expect(notes.count == 1, "\(arguments): \(result.stderr)")
            #expect(notes.first?.contains("1 actor, 2 ties, 1 event and 1 source") == true, "\(notes)")
            #expect(notes.first?.contains("--audience confidential") == true)
        }
        let everything = try StakeMapBinary.run(["convert", input, "-o", scratch.path("all.json"), "--audience", "confidential"])
        #expect(!everything.stderr.contains("left out"))
    }
}
