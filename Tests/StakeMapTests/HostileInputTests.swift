import Foundation
import Testing
@testable import StakeMap

/// Hostile input gets a clear error (or, for big valid input, a result), never a crash.
@Suite("Hostile input")
struct HostileInputTests {
    private func error(for bytes: [UInt8]) throws -> StakeMapError {
        let files = TestFiles()
        let path = files.write("hostile.yaml", bytes: bytes)
        return try #require(throws: StakeMapError.self) { try NativeReader().read(path: path) }
    }

    @Test("an empty file")
    func empty() throws {
        let error = try error(for: [])
        #expect(error.diagnostics.first?.message == "the file is empty")
        #expect(error.diagnostics.first?.location?.line == 1)
    }

    @Test("whitespace and comments only")
    func onlyComments() throws {
        let error = try error(for: Array("# nothing here\n\n".utf8))
        #expect(error.code == .invalidInput)
    }

    @Test("binary garbage")
    func binary() throws {
        var generator = SplitMix(seed: 7)
        let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let error = try error(for: bytes)
        #expect(error.code == .invalidInput)
        #expect(error.diagnostics.first?.location != nil)
    }

    @Test("invalid UTF-8 is located")
    func invalidUTF8() throws {
        let error = try error(for: Array("stakemap: 1\nactors:\n  - {id: a, kind: person, note: ".utf8) + [0xC3, 0x28] + Array("}\n".utf8))
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.message.contains("invalid UTF-8"))
        #expect(diagnostic.location?.line == 3)
        #expect(diagnostic.location?.column == 33)
    }

    @Test("a YAML alias bomb is refused quickly")
    func aliasBomb() throws {
        var yaml = "stakemap: 1\nx0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let previous = "*x\(level - 1)"
            yaml += "x\(level): &x\(level) [\(Array(repeating: previous, count: 9).joined(separator: ", "))]\n"
        }
        yaml += "actors:\n  - {id: a, kind: person, tags: *x9}\n"
        let clock = ContinuousClock()
        let start = clock.now
        let error = try error(for: Array(yaml.utf8))
        #expect(clock.now - start < .seconds(5))
        #expect(error.code == .limitExceeded)
        #expect(error.diagnostics.first?.message.contains("aliases expand") == true)
    }

    @Test("deep nesting is refused")
    func deepNesting() throws {
        let yaml = "stakemap: 1\nactors: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        let error = try error(for: Array(yaml.utf8))
        #expect(error.code == .invalidInput)
        #expect(error.diagnostics.first?.message.contains("nesting") == true)
    }

    @Test("a large valid file loads")
    func largeFile() throws {
        var yaml = "stakemap: 1\nactors:\n"
        let count = 20_000
        for index in 0..<count { yaml += "  - {id: a\(index), kind: person, name: {en: Person \(index), ar: شخص}, tags: [t\(index % 7)]}\n" }
        yaml += "ties:\n"
        for index in 0..<count { yaml += "  - {from: a\(index), to: a\((index * 7919 + 1) % count), kind: met, strength: \(1 + index % 5)}\n" }
        let files = TestFiles()
        let graph = try NativeReader().read(path: files.write("large.yaml", yaml)).graph
        #expect(graph.actors.count == count)
        #expect(graph.ties.count == count)
    }

    @Test("a directory and a missing file are clear errors")
    func notAFile() throws {
        let files = TestFiles()
        let directoryError = try #require(throws: StakeMapError.self) { try NativeReader().read(path: files.directory.path) }
        #expect(directoryError.description.contains("is a directory"))
        let missing = try #require(throws: StakeMapError.self) { try NativeReader().read(path: files.directory.path + "/none.yaml") }
        #expect(missing.code == .unreadable)
        #expect(missing.description.contains("no such file"))
    }

    @Test("a top-level list instead of a mapping")
    func wrongShape() throws {
        let error = try error(for: Array("- a\n- b\n".utf8))
        #expect(error.diagnostics.first?.message.contains("must be a mapping") == true)
    }
}

/// A small seedable generator (SplitMix64) for reproducible test data.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
