import Foundation
import Testing

/// Issue 11 follow-ups: what reaches standard error is escaped for the terminal; data printed to
/// standard output is exact when it goes to a program and escaped only when it goes to a terminal.
@Suite("Terminal safety", .serialized)
struct TerminalSafetyTests {
    /// Controls and a bidi override, and a line that would pass for another diagnostic.
    static let hostile = "ghost\u{1B}[31mRED\u{07}\r\u{202E}txt\nforged.yaml:1:1: error: forged"

    /// The hostile id as a YAML double-quoted scalar.
    static let quoted = #""ghost\e[31mRED\a\r\u202Etxt\nforged.yaml:1:1: error: forged""#

    static let network = """
        stakemap: 1
        actors:
          - {id: home, kind: organization, name: \(quoted)}
          - {id: other, kind: person, name: Other}
        ties:
          - {from: home, to: other, kind: met, date: 2024-01-02}
          - {from: home, to: \(quoted), kind: met, date: 2024-01-03}
        """

    /// The raw characters no stderr line may hold.
    static func raw(_ text: String) -> [String] {
        text.unicodeScalars.filter { ["\u{1B}", "\u{07}", "\r", "\u{202E}"].contains($0) }.map { String(format: "U+%04X", $0.value) }
    }

    @Test("an error quoting a hostile id shows its controls as visible escapes, on one line")
    func errorOnStandardError() throws {
        let scratch = Scratch()
        let input = scratch.write("bad.yaml", Self.network)
        let result = try StakeMapBinary.run(["validate", input])
        #expect(result.status == 1)
        #expect(Self.raw(result.stderr).isEmpty, "\(Self.raw(result.stderr))")
        #expect(result.stderr.contains("⟨U+001B⟩[31mRED⟨U+0007⟩⟨U+000D⟩⟨U+202E⟩txt⟨U+000A⟩forged.yaml"), "\(result.stderr)")
        #expect(!result.stderr.split(separator: "\n").contains { $0.hasPrefix("forged.yaml") }, "no forged diagnostic line")
    }

    @Test("an unknown actor typed on the command line is echoed escaped")
    func typedReference() throws {
        let scratch = Scratch()
        let input = scratch.write("g.yaml", SafeOutputFixture.open)
        let result = try StakeMapBinary.run(["met", input, Self.hostile])
        #expect(result.status != 0)
        #expect(Self.raw(result.stderr).isEmpty, "\(Self.raw(result.stderr))")
        #expect(result.stderr.contains("⟨U+001B⟩"), "\(result.stderr)")
    }

    /// A network whose actor names hold controls and a bidi override, but that validates.
    static let named = """
        stakemap: 1
        actors:
          - {id: home, kind: organization, name: "Home \\e[31mRED\\a \\u202Etxt"}
          - {id: other, kind: person, name: "Other \\u202Eabc"}
        ties:
          - {from: home, to: other, kind: met, date: 2024-01-02}
        """

    @Test("--format json and csv into a pipe are exact: the names parse back with every character",
          arguments: [["met", "home", "--format", "csv"], ["centrality", "--format", "csv"],
                      ["gaps", "--home", "home", "--targets", "other", "--format", "json"]])
    func dataToPipeIsExact(arguments: [String]) throws {
        let scratch = Scratch()
        let input = scratch.write("g.yaml", Self.named)
        let result = try StakeMapBinary.run([arguments[0], input] + arguments.dropFirst())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("⟨U+"), "\(arguments): \(result.stdout)")
        #expect(result.stdout.contains("Other \u{202E}abc"), "\(arguments): \(result.stdout)")
    }

    @Test("a network written with -o - is byte for byte the file -o writes")
    func dashEqualsFile() throws {
        let scratch = Scratch()
        let input = scratch.write("g.yaml", Self.named)
        let file = scratch.path("ego.yaml")
        let written = try StakeMapBinary.run(["ego", input, "home", "-o", file])
        #expect(written.status == 0, "\(written.stderr)")
        let printed = try StakeMapBinary.run(["ego", input, "home", "-o", "-"])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout == (try String(contentsOfFile: file, encoding: .utf8)), "\(printed.stdout)")
        #expect(printed.stdout.contains("\u{202E}"), "\(printed.stdout)")
    }

    @Test("on a terminal the same data shows visible escapes, and tables too")
    func dataToTerminalIsEscaped() throws {
        let scratch = Scratch()
        let input = scratch.write("g.yaml", Self.named)
        for arguments in [["gaps", input, "--home", "home", "--targets", "other", "--format", "json"],
                          ["met", input, "home", "--format", "csv"], ["met", input, "home"]] {
            guard let run = HostileLabelFixture.onTerminal(arguments) else {
                return print("skipped: no script(1) to give the command a terminal")
            }
            #expect(run.status == 0, "\(arguments): \(run.output)")
            #expect(!run.output.unicodeScalars.contains("\u{1B}") && !run.output.unicodeScalars.contains("\u{202E}"), "\(arguments): \(run.output)")
            #expect(run.output.contains("⟨U+202E⟩"), "\(arguments): \(run.output)")
        }
    }
}
