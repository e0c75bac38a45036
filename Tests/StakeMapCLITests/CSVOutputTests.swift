import Foundation
import Testing

/// `--format csv` of every command that prints a table: RFC 4180 text that Python's csv module
/// reads back with as many cells in every row as in the header, names in the `--lang` language.
@Suite("CSV output")
struct CSVOutputTests {
    private static let network = "graphs/libya-wps.yaml"

    /// The rows Python's csv module reads from `text`, or nil when python3 is absent.
    private static func parse(_ text: String) throws -> [[String]]? {
        let scratch = Scratch()
        let file = scratch.write("out.csv", text)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import csv, json, sys
            with open(sys.argv[1], newline="", encoding="utf-8") as f:
                print(json.dumps(list(csv.reader(f, strict=True))))
            """, file]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return process.terminationStatus == 127 ? nil : [] }
        return try JSONSerialization.jsonObject(with: data) as? [[String]]
    }

    @Test("tables as CSV, names in Arabic with --lang ar and in English by default", arguments: [
        ["centrality", network],
        ["brokers", network],
        ["communities", network],
        ["suggest", network, "--home", "lwa"],
        ["ego", network, "lwa"],
        ["common", network, "twbi", "lwa"],
        ["met", network, "lwa"],
        ["timeline", network],
        ["stats", network],
        ["diff", "graphs/yemen-marib.yaml", network],
    ])
    func tables(_ command: [String]) throws {
        for language in ["ar", "en"] {
            let result = try StakeMapBinary.run(command + ["--format", "csv", "--lang", language])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            guard let rows = try Self.parse(result.stdout) else {
                print("skipped: python3 is not installed")
                return
            }
            #expect(rows.count >= 2, "\(command) \(language): \(result.stdout.prefix(300))")
            let width = rows.first?.count ?? 0
            #expect(rows.allSatisfy { $0.count == width }, "\(command) \(language): ragged rows")
            let cells = rows.dropFirst().flatMap { $0 }
            let arabic = cells.contains { $0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }
            if command[0] == "stats" { continue }  // counts only, no names
            if language == "ar" {
                #expect(arabic, "\(command): no Arabic name in \(result.stdout.prefix(400))")
            } else if command[0] != "diff" {  // diff's details show the network's Arabic title as it changed
                #expect(!arabic, "\(command): Arabic in the English table")
            }
        }
    }

    @Test("the names of centrality, brokers and communities follow --lang")
    func analysisNames() throws {
        for command in ["centrality", "brokers", "communities"] {
            let arabic = try StakeMapBinary.run([command, Self.network, "--format", "csv", "--lang", "ar"])
            let english = try StakeMapBinary.run([command, Self.network, "--format", "csv"])
            #expect(arabic.stdout.contains("معا نبنيها") && !arabic.stdout.contains("Together We Build It"), "\(command)")
            #expect(english.stdout.contains("Together We Build It") && !english.stdout.contains("معا نبنيها"), "\(command)")
        }
    }
}
