import Foundation
import Testing

/// Issue 11 fault tests: a full disk, a read-only folder and concurrent writers, for one-file and
/// two-file outputs. After a failure the old output (or old set of files) is there, whole, and no
/// temporary file is left behind.
@Suite("Write faults", .serialized)
struct WriteFaultTests {
    /// A 64 KiB tmpfs mounted for the test (needs root; nil when it cannot be mounted).
    final class TinyDisk {
        let path: String
        init?() {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("stakemap-tmpfs-\(UUID().uuidString)").path
            try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            guard Self.shell(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", path]) == 0 else {
                try? FileManager.default.removeItem(atPath: path)
                return nil
            }
        }
        deinit {
            _ = Self.shell(["umount", path])
            try? FileManager.default.removeItem(atPath: path)
        }
        static func shell(_ arguments: [String]) -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return -1 }
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    /// A network whose outputs are tens of kilobytes.
    static func bigNetwork(actors: Int) -> String {
        var lines = ["stakemap: 1", "actors:"]
        for index in 0..<actors {
            lines.append("  - {id: a\(index), kind: person, name: \"Actor number \(index) with a long name\", note: \"\(String(repeating: "n", count: 80))\"}")
        }
        lines.append("ties:")
        for index in 1..<actors { lines.append("  - {from: a0, to: a\(index), kind: met, date: 2024}") }
        return lines.joined(separator: "\n") + "\n"
    }

    func files(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test("a full disk leaves the old file, or the old pair of files, whole", arguments: ["out.json", "out-neo4j-nodes.csv"])
    func fullDisk(output: String) throws {
        guard let disk = TinyDisk() else {
            print("skipped: cannot mount a tmpfs (not root?)")
            return
        }
        let scratch = Scratch()
        let small = scratch.write("small.yaml", SafeOutputFixture.open)
        let big = scratch.write("big.yaml", Self.bigNetwork(actors: 400))
        let target = disk.path + "/" + output
        let first = try StakeMapBinary.run(["convert", small, "-o", target])
        #expect(first.status == 0, "\(first.stderr)")
        let before = files(in: disk.path)
        let contents = try before.map { try Data(contentsOf: URL(fileURLWithPath: disk.path + "/" + $0)) }
        let second = try StakeMapBinary.run(["convert", big, "-o", target])
        #expect(second.status == 2, "\(second.stderr)")
        #expect(second.stderr.contains("No space left"), "\(second.stderr)")
        #expect(files(in: disk.path) == before)
        #expect(try before.map { try Data(contentsOf: URL(fileURLWithPath: disk.path + "/" + $0)) } == contents)
    }

    @Test("a read-only folder is an error, with nothing written", arguments: ["out.json", "out-elements.csv"])
    func readOnlyFolder(output: String) throws {
        guard let disk = TinyDisk() else {
            print("skipped: cannot mount a tmpfs (not root?)")
            return
        }
        let scratch = Scratch()
        let input = scratch.write("g.yaml", SafeOutputFixture.open)
        #expect(TinyDisk.shell(["mount", "-o", "remount,ro", disk.path]) == 0)
        let result = try StakeMapBinary.run(["convert", input, "-o", disk.path + "/" + output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Read-only"), "\(result.stderr)")
        #expect(files(in: disk.path).isEmpty)
    }

    @Test("concurrent writers of one pair leave one writer's whole pair, and no temporaries")
    func concurrentWriters() async throws {
        let scratch = Scratch()
        let inputs = (0..<4).map { scratch.write("g\($0).yaml", Self.bigNetwork(actors: 20 + $0 * 7)) }
        let output = scratch.path("out/x-elements.csv")
        try FileManager.default.createDirectory(atPath: scratch.path("out"), withIntermediateDirectories: true)
        for _ in 0..<3 {
            try await withThrowingTaskGroup(of: Int32.self) { group in
                for input in inputs { group.addTask { try StakeMapBinary.run(["convert", input, "-o", output]).status } }
                for try await status in group { #expect(status == 0) }
            }
            let elements = try String(contentsOfFile: scratch.path("out/x-elements.csv"), encoding: .utf8)
            let connections = try String(contentsOfFile: scratch.path("out/x-connections.csv"), encoding: .utf8)
            let actors = elements.split(separator: "\n").count - 1
            let ties = connections.split(separator: "\n").count - 1
            #expect(ties == actors - 1, "a mixed pair: \(actors) elements with \(ties) connections")
            #expect(files(in: scratch.path("out")) == ["x-connections.csv", "x-elements.csv"])
        }
    }
}
