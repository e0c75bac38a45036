import Foundation
import Testing

/// Issue 11: swift-argument-parser's own messages echo what was typed (a `--lang` value, an
/// unknown option, a stray argument); they reach standard error escaped like every other line.
@Suite("ArgumentParser's messages are escaped")
struct ArgumentEchoTests {
    /// An OSC 8 hyperlink, a bell, a right-to-left override and a line that would pass for a diagnostic.
    static let hostile = "\u{1B}]8;;https://evil.example\u{07}click\u{1B}]8;;\u{07}\u{202E}txt\nforged.yaml:1:1: error: forged"

    /// The raw characters no stderr line may hold.
    static func raw(_ text: String) -> [String] {
        text.unicodeScalars.filter { ["\u{1B}", "\u{07}", "\r", "\u{202E}"].contains($0) }.map { String(format: "U+%04X", $0.value) }
    }

    @Test("a bad value, an unknown option and a stray argument are echoed with visible escapes (exit 64)",
          arguments: [["stats", "graphs/libya-wps.yaml", "--lang", hostile],
                      ["stats", "graphs/libya-wps.yaml", "--lang=" + hostile],
                      ["stats", "graphs/libya-wps.yaml", "--" + hostile],
                      ["stats", "graphs/libya-wps.yaml", hostile],
                      ["plan", "graphs/libya-wps.yaml", "--home", "lwa", "--targets", "x", "--format", hostile]])
    func escapedEcho(arguments: [String]) throws {
        let result = try StakeMapBinary.run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(Self.raw(result.stderr).isEmpty, "\(Self.raw(result.stderr)): \(result.stderr)")
        #expect(result.stderr.contains("⟨U+001B⟩]8;;https://evil.example⟨U+0007⟩click"), "\(result.stderr)")
        #expect(result.stderr.contains("⟨U+202E⟩txt⟨U+000A⟩forged.yaml"), "\(result.stderr)")
        #expect(!result.stderr.split(separator: "\n").contains { $0.hasPrefix("forged.yaml") }, "no forged line: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("help and version still print to standard output and exit 0")
    func cleanExits() throws {
        let help = try StakeMapBinary.run(["stats", "--help"])
        #expect(help.status == 0, "\(help.stderr)")
        #expect(help.stdout.contains("USAGE: stakemap stats"), "\(help.stdout)")
        #expect(help.stderr.isEmpty)
        let version = try StakeMapBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n", "\(version.stdout)")
    }

    @Test("errors of the commands themselves keep their exit status and message")
    func commandErrors() throws {
        let missing = try StakeMapBinary.run(["stats", "no-such-file.yaml"])
        #expect(missing.status == 1, "\(missing.stderr)")
        #expect(missing.stderr.contains("no-such-file.yaml"), "\(missing.stderr)")
        let invalid = try StakeMapBinary.run(["plan", "graphs/libya-wps.yaml", "--home", "lwa", "--targets", " "])
        #expect(invalid.status == 64, "\(invalid.stderr)")
        #expect(invalid.stderr.contains("--targets needs actors"), "\(invalid.stderr)")
    }
}
