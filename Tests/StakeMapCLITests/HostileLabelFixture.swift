import Foundation

/// One network whose every text field holds markup, quotes, control characters, bidi overrides
/// and statement fragments (issue 11), and the checks every output must pass.
enum HostileLabelFixture {
    /// The hostile text, as a YAML double-quoted scalar body (escapes are YAML's).
    static let payload = #"<script>alert(1)</script> & \"q\" 'a' \e[31mRED\e]8;;http://evil\a\u0007 \r\nMATCH (n) DETACH DELETE n; // \u202Etxt.exe ]]> --> `x` *b* [l](u) | ; , \\N \\G {x}"#

    static func text(_ tag: String) -> String { "\"\(tag) \(payload)\"" }

    static let yaml = """
        stakemap: 1
        title: {en: \(text("title"))}
        sources:
          - {id: src, title: \(text("source")), url: "https://example.org/?q=<x>&y=\\"z\\""}
        actors:
          - id: home
            kind: organization
            name: {en: \(text("home")), ar: \(text("بيت"))}
            aliases: [\(text("alias"))]
            place: \(text("place"))
            region: \(text("region"))
            note: \(text("note"))
            sources: [src]
          - id: target
            kind: person
            name: \(text("target"))
            title: {en: \(text("post"))}
            gender: woman
          - id: broker
            kind: person
            name: \(text("broker"))
        ties:
          - {from: home, to: broker, kind: met, date: 2024-01-02, place: \(text("tieplace")), note: \(text("tienote")), outcome: \(text("outcome")), sources: [src]}
          - {from: broker, to: target, kind: met, date: 2024-02-03, note: \(text("tienote2"))}
        events:
          - id: meeting
            kind: meeting
            name: \(text("event"))
            date: 2024-03-04
            place: \(text("eventplace"))
            participants: [home, broker]
            outcome: \(text("eventoutcome"))
            topics: [\(text("topic"))]
        """

    /// Raw characters no terminal or Markdown output may contain.
    static let rawControls: [Character] = ["\u{1B}", "\u{07}", "\r", "\u{202E}"]

    /// The control characters of `text` that should not be there (an empty list when clean).
    static func controls(in text: String) -> [String] {
        text.unicodeScalars.filter { ["\u{1B}", "\u{07}", "\r", "\u{202E}"].contains($0) }.map { String(format: "U+%04X", $0.value) }
    }

    /// Runs a command-line tool; nil when it is not installed.
    /// Runs `stakemap` with `arguments` on a pseudo-terminal (through script(1)); nil when there is
    /// no script(1) or no binary. The output is what the terminal received.
    static func onTerminal(_ arguments: [String]) -> (status: Int32, output: String)? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), let binary = StakeMapBinary.url else { return nil }
        let command = ([binary.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        return tool(["script", "-qec", command, "/dev/null"])
    }

    static func tool(_ arguments: [String], input: Data? = nil) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        guard (try? process.run()) != nil else { return nil }
        if let input { stdin.fileHandleForWriting.write(input) }
        try? stdin.fileHandleForWriting.close()
        let text = output.fileHandleForReading.readDataToEndOfFile()
        let problems = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 { return nil }
        return (process.terminationStatus, String(decoding: text + problems, as: UTF8.self))
    }
}
