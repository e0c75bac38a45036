import Foundation
import Testing

/// Issue 11: `plan` to standard output follows the rule of every data output: into a pipe byte
/// for byte what `-o FILE` writes, on a terminal with controls and bidi overrides escaped.
@Suite("plan on standard output", .serialized)
struct PlanTerminalTests {
    static let formats = ["json", "md", "ics", "html"]

    static func arguments(_ input: String, _ format: String) -> [String] {
        ["plan", input, "--home", "home", "--targets", "other,third", "--format", format, "--as-of", "2025-01-01"]
    }

    /// A network whose names hold an ESC sequence, a bell and U+202E, with a plan to make.
    static let network = """
        stakemap: 1
        actors:
          - {id: home, kind: organization, name: "Home \\e]8;;https://evil.example\\aRED\\e]8;;\\a \\u202Etxt", place: Tunis}
          - {id: other, kind: person, name: "Other \\u202Eabc \\e[31mred", place: Tunis}
          - {id: third, kind: person, name: "Third \\u202Edef", place: Tripoli}
          - {id: bridge, kind: person, name: "Bridge \\u202Eghi"}
        ties:
          - {from: home, to: other, kind: met, date: 2024-01-02}
          - {from: home, to: bridge, kind: partners-with, strength: 4}
          - {from: bridge, to: third, kind: met, date: 2023-05-06}
        """

    @Test("into a pipe, every format is byte for byte the file -o writes", arguments: formats)
    func pipeIsExact(format: String) throws {
        let scratch = Scratch()
        let input = scratch.write("g.yaml", Self.network)
        let file = scratch.path("plan.\(format)")
        let written = try StakeMapBinary.run(Self.arguments(input, format) + ["-o", file])
        #expect(written.status == 0, "\(written.stderr)")
        let printed = try StakeMapBinary.run(Self.arguments(input, format))
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(Data(printed.stdout.utf8) == (try Data(contentsOf: URL(fileURLWithPath: file))), "\(format): \(printed.stdout)")
        if format == "json" { #expect(printed.stdout.contains("Other \u{202E}abc"), "\(printed.stdout)") }
    }

    @Test("on a terminal, no format sends ESC, BEL, a lone CR or U+202E raw", arguments: formats)
    func terminalIsEscaped(format: String) throws {
        let scratch = Scratch()
        let input = scratch.write("g.yaml", Self.network)
        guard let run = HostileLabelFixture.onTerminal(Self.arguments(input, format)) else {
            return print("skipped: no script(1) to give the command a terminal")
        }
        #expect(run.status == 0, "\(format): \(run.output)")
        let scalars = Array(run.output.unicodeScalars)
        #expect(!scalars.contains("\u{1B}") && !scalars.contains("\u{07}") && !scalars.contains("\u{202E}"), "\(format): \(run.output)")
        // The terminal turns each LF into CRLF (a calendar's CRLF arrives as CR CR LF); any other
        // CR would be a lone one, sent raw.
        let lone = scalars.indices.filter { index in
            let next = Array(scalars[(index + 1)...].prefix(2))
            return scalars[index] == "\r" && next.first != "\n" && next != ["\r", "\n"]
        }
        #expect(lone.isEmpty, "\(format): a lone CR")
        #expect(run.output.contains("Other"), "\(format): \(run.output)")
    }

    @Test("json on a terminal shows the names' escapes, and the same JSON with them undone parses")
    func jsonEscapesOnTerminal() throws {
        let scratch = Scratch()
        let input = scratch.write("g.yaml", Self.network)
        guard let run = HostileLabelFixture.onTerminal(Self.arguments(input, "json")) else {
            return print("skipped: no script(1) to give the command a terminal")
        }
        #expect(run.output.contains("Other ⟨U+202E⟩abc"), "\(run.output)")
    }
}
