import Foundation
import StakeMapFormats

/// The networks the interoperability tests run on: the real Libya network and a synthetic one
/// that sets every field of the model, with awkward text.
enum InteropNetworks {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A network by name: `libya`, `yemen`, `wps-all` (the real networks in graphs/, everything, every
    /// audience), `tricky` (Fixtures/tricky.yaml: quotes, backslashes, line breaks, tabs, RTL marks,
    /// emoji, long Arabic names, `|`/`;`/`,` in values, mixed-case language tags) or `synthetic`.
    static func named(_ name: String) throws -> Graph {
        switch name {
        case "libya": try NativeReader().read(path: root.appendingPathComponent("graphs/libya-wps.yaml").path).graph
        case "yemen": try NativeReader().read(path: root.appendingPathComponent("graphs/yemen-marib.yaml").path).graph
        case "wps-all": try NativeReader().read(path: root.appendingPathComponent("graphs/wps-all.yaml").path).graph
        case "tricky": try NativeReader().read(path: ForeignFiles.fixture("tricky.yaml")).graph
        default: synthetic
        }
    }

    /// The networks every real-client check runs on.
    static let realAndTricky = ["libya", "yemen", "wps-all", "tricky"]

    /// The path of a helper script in scripts/.
    static func script(_ name: String) -> String { root.appendingPathComponent("scripts/\(name)").path }

    /// Every field set somewhere, with quotes, markup, `|`, `;`, newlines and Arabic.
    static let synthetic: Graph = {
        let sources = [
            Source(id: "seed-x", title: LocalizedText(["en": "Consultation <notes> & \"minutes\"", "ar": "محضر"]), file: "x.txt",
                   date: DateSpan(parsing: "2024-10"), language: "ar", note: "first; second"),
            Source(id: "web", title: LocalizedText("A page"), url: "https://example.org/a?b=1&c=2"),
        ]
        let actors = [
            Actor(id: "twbi", kind: .organization, name: LocalizedText(["en": "Together We Build It", "ar": "معا نبنيها"]),
                  aliases: ["TWBI", "Tog. | We"], country: "LY", place: "Tripoli", region: "west",
                  tags: ["women-led", "civil;society", "libya"], influence: 4, stance: 2, note: "Says \"hello\" <b>&amp;</b>\nsecond line",
                  sources: [Citation(parsing: "seed-x#p3"), Citation(parsing: "web")]),
            Actor(id: "amb-fr", kind: .person, name: LocalizedText("Ambassador O'Neil"), country: "FR",
                  title: LocalizedText(["en": "Ambassador of France", "fr": "Ambassadeur de France"]), gender: .woman,
                  influence: 5, stance: -2, sensitivity: .restricted, sources: [Citation(parsing: "seed-x#p9")]),
            Actor(id: "post-fr", kind: .post, name: LocalizedText("French Ambassador to Libya"), title: LocalizedText("Head of mission")),
            Actor(id: "secret", kind: .person, gender: .other, sensitivity: .confidential, note: "at risk"),
            Actor(id: "unsmil", kind: .unBody, name: LocalizedText(["en": "UNSMIL", "ar": "بعثة الأمم المتحدة", "fr": "MANUL"])),
        ]
        let ties = [
            Tie(from: "twbi", to: "amb-fr", kind: .met, date: DateSpan(parsing: "2018-11-12..2018-11-13"), place: "Tunis, \"old\" town",
                strength: 4, confidence: .reported, outcome: "Agreed to <follow up>", followUp: PartialDate(parsing: "2019-01"),
                note: "a|b; c", sources: [Citation(parsing: "seed-x#p5")]),
            Tie(from: "amb-fr", to: "post-fr", kind: .holds, date: DateSpan(start: PartialDate(year: 2016)!, end: PartialDate(year: 2019, month: 5)!),
                usesStartEnd: true),
            Tie(from: "secret", to: "twbi", kind: .memberOf, date: DateSpan(PartialDate(year: 2020)!), usesStartEnd: true,
                sensitivity: .confidential),
            Tie(from: "twbi", to: "unsmil", kind: .advocatesTo, strength: 2, weight: 0.125, confidence: .unverified, sensitivity: .restricted),
            Tie(from: "unsmil", to: "twbi", kind: .funds, weight: 3),
        ]
        let events = [
            Event(id: "workshop-1", kind: .workshop, name: LocalizedText(["en": "Election security", "ar": "أمن الانتخابات"]),
                  date: DateSpan(parsing: "2024-10-30..2024-10-31"), place: "Tripoli", organizers: ["unsmil"],
                  participants: [Event.Participant(id: "twbi", role: "speaker", onBehalfOf: "unsmil"), Event.Participant(id: "amb-fr")],
                  topics: ["elections", "security"], outcome: "Recommendations", followUp: PartialDate(parsing: "2025"),
                  sensitivity: .restricted, note: "closed", sources: [Citation(parsing: "seed-x")]),
        ]
        return Graph(title: LocalizedText(["en": "Synthetic <test> & \"all\"", "ar": "اختبار"]),
                     description: LocalizedText("Every field."), asOf: PartialDate(parsing: "2025-10-04"),
                     sources: sources, actors: actors, ties: ties, events: events)
    }()

    /// A new empty folder.
    static func folder() throws -> URL {
        try ForeignFiles.scratchFolder()
    }

    /// The output file name for a format.
    static func fileName(for format: GraphFormat) -> String {
        switch format {
        case .yaml: "net.yaml"
        case .json: "net.json"
        case .graphml: "net.graphml"
        case .gexf: "net.gexf"
        case .kumuJSON: "net.kumu.json"
        case .kumuCSV: "net-elements.csv"
        case .popolo: "net.popolo.json"
        case .dot: "net.dot"
        case .cypher: "net.cypher"
        case .neo4jCSV: "net-neo4j-nodes.csv"
        case .csv: "net-nodes.csv"
        }
    }

    /// Writes `graph` as `format` into a new folder; returns the first file's path and the warnings.
    static func write(_ graph: Graph, as format: GraphFormat) throws -> (path: String, warnings: [Diagnostic]) {
        let path = try folder().appendingPathComponent(fileName(for: format)).path
        let (files, warnings) = try GraphExporter.export(graph, as: format, to: path)
        for file in files { try file.text.write(toFile: file.path, atomically: true, encoding: .utf8) }
        return (files[0].path, warnings)
    }

    /// Runs python3 with `script` and `arguments`; nil when python3 or `module` is missing.
    static func python(_ script: String, module: String, arguments: [String] = []) throws -> (status: Int32, output: String)? {
        let check = try run(["python3", "-c", "import \(module)"])
        guard check.status == 0 else { return nil }
        return try run(["python3", "-c", script] + arguments)
    }

    /// Runs `scripts/interop-clients.py COMMAND ARGUMENTS`; nil when python3 or one of `modules` is missing.
    static func clients(_ command: String, _ arguments: [String], modules: [String]) throws -> (status: Int32, output: String)? {
        let script = self.script("interop-clients.py")
        guard try run(["python3", script, "check"] + modules).status == 0 else { return nil }
        return try run(["python3", script, command] + arguments)
    }

    /// Runs a program found on the PATH; status 127 when it cannot be started.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
