import Foundation
import Testing

/// Long commands: no progress output when standard error is not a terminal, and a clean stop
/// on Ctrl-C (SIGINT): status 130, one line, no output file.
@Suite("Progress and interruption")
struct ProgressCommandTests {
    private func network(actors: Int) -> String {
        var lines = ["stakemap: 1", "actors:"]
        lines += (0..<actors).map { "  - {id: a\($0), kind: person, name: Actor \($0)}" }
        lines.append("ties:")
        lines += (1..<actors).map { "  - {from: a\($0), to: a\(($0 * 7919) % $0), kind: met}" }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("no progress line on a pipe")
    func silentOnPipe() throws {
        let scratch = Scratch()
        let input = scratch.write("g.yaml", network(actors: 400))
        let result = try StakeMapBinary.run(["render", input, "-o", scratch.path("map.svg")])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("\r"))
        #expect(!result.stderr.contains("…"))
    }

    @Test("SIGINT stops a long render cleanly")
    func interrupt() throws {
        guard let url = StakeMapBinary.url else { return }
        let scratch = Scratch()
        let input = scratch.write("g.yaml", network(actors: 6_000))
        let output = scratch.path("map.png")
        let process = Process()
        process.executableURL = url
        process.arguments = ["render", input, "-o", output]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        guard process.isRunning else { return }  // finished before the signal: nothing to check
        process.interrupt()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(text.hasSuffix("stakemap: interrupted\n"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
