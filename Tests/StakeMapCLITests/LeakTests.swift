import Foundation
import Testing

/// Nothing withheld from an audience reaches any output: every command, every format, every
/// file written, standard output and standard error.
///
/// The network of `LeakFixture` marks every field of its restricted and confidential items.
/// Each command runs with `--audience public` and `internal`; all output bytes are searched
/// for the markers above the audience, and the same command on variants of the network that
/// differ only in withheld items (longer texts, one more withheld actor, tie and event) must
/// give byte-identical output, so no size, count, position or ordering depends on them (PNG
/// and PDF: the same size; their text is compressed, so their names are checked through the
/// SVG and DOT of the same render).
@Suite("leaks", .serialized)
struct LeakTests {
    /// Subcommands that print or write nothing about a network's content for an audience: `add`
    /// and `import` write into the user's own file and print only the entries they add (what the
    /// user typed, or her sheet held).
    static let exempt: Set<String> = ["help", "add", "import"]

    /// One invocation: its arguments, with `{G}` the network, `{P}` a public edit of it, `{O}`
    /// the output folder.
    static func invocations(convertOutputs: [String]) -> [String: [[String]]] {
        let formats = ["table", "json", "csv", "md"]
        func each(_ base: [String]) -> [[String]] { formats.map { base + ["--format", $0] } }
        let mission = ["--home", "coalition", "--targets", "envoy,mission,post"]
        return [
            "validate": [["validate", "{G}"]],
            "stats": each(["stats", "{G}"]),
            "centrality": each(["centrality", "{G}", "--measure", "all"]) + [["centrality", "{G}", "--measure", "pagerank", "--home", "ngo"]],
            "communities": each(["communities", "{G}"]),
            "brokers": each(["brokers", "{G}"]),
            "met": each(["met", "{G}", "ngo"]) + each(["met", "{G}", "coalition", "--through-members"]) + [["met", "{G}", "envoy", "ngo"]],
            "path": each(["path", "{G}", "ngo", "envoy"]) + each(["path", "{G}", "ngo", "envoy", "--withheld", "placeholder"])
                + [["path", "{G}", "coalition", "envoy", "--k", "5"]],
            "ego": each(["ego", "{G}", "ngo", "--depth", "2"]) + [["ego", "{G}", "ngo", "-o", "{O}/ego.yaml"], ["ego", "{G}", "envoy", "-o", "{O}/ego.json"]],
            "common": each(["common", "{G}", "ngo", "envoy"]) + [["common", "{G}", "ngo", "ngo-two", "coalition"]],
            "timeline": each(["timeline", "{G}"]) + [["timeline", "{G}", "ngo", "--by", "month"]],
            "gaps": each(["gaps", "{G}"]) + each(["gaps", "{G}"] + mission) + [["gaps", "{G}", "--group-by", "tag"]],
            "plan": ["md", "json", "html", "ics"].map { ["plan", "{G}"] + mission + ["--format", $0, "-o", "{O}/plan.\($0)"] }
                + [["plan", "{G}"] + mission],
            "render": ["svg", "png", "pdf", "dot"].flatMap { ext in
                [["render", "{G}", "-o", "{O}/map.\(ext)", "--lang", "both"],
                 ["render", "{G}", "-o", "{O}/sized.\(ext)", "--size-by", "betweenness", "--color-by", "community", "--events", "node"]]
            } + [["render", "{G}", "-o", "{O}/focus.svg", "--focus", "ngo", "--depth", "2", "--lang", "ar"]],
            "convert": convertOutputs.map { ["convert", "{G}", "-o", "{O}/\($0)"] },
            "diff": each(["diff", "{G}", "{P}"]),
            "report": ["en", "ar", "both"].map { ["report", "{G}", "-o", "{O}/report-\($0).html", "--lang", $0] + mission }
                + [["report", "{G}", "-o", "{O}/plain.html"]],
            "audit": each(["audit", "{G}"]),
            "suggest": each(["suggest", "{G}", "--home", "ngo"]) + each(["suggest", "{G}", "--home", "coalition"]),
        ]
    }

    /// The subcommands `stakemap --help` lists.
    static func subcommands() throws -> [String] {
        let help = try StakeMapBinary.run(["--help"]).stdout
        guard let start = help.range(of: "SUBCOMMANDS:") else { return [] }
        return help[start.upperBound...].split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first.map(String.init),
                  name.range(of: "^[a-z][a-z-]*$", options: .regularExpression) != nil else { return nil }
            return name
        }
    }

    /// The file names `convert --help` says it writes (`.graphml`, `X.kumu.json`, …), as output names.
    static func convertOutputs() throws -> [String] {
        let help = try StakeMapBinary.run(["convert", "--help"]).stdout
        guard let start = help.range(of: "Writes") else { return [] }
        let section = help[start.upperBound...].prefix { _ in true }
        var names = [String]()
        for line in section.split(separator: "\n") {
            if line.hasPrefix("What ") || line.hasPrefix("Only ") { break }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            for token in trimmed.split(separator: " ").prefix(2).map(String.init).map({ $0.trimmingCharacters(in: CharacterSet(charactersIn: ",")) }) {
                if token.hasPrefix(".") && token.count > 2 { names.append("net" + token) }
                if token.hasPrefix("X") && token.count > 3 { names.append("net" + token.dropFirst()) }
            }
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    @Test("every subcommand is covered by the leak test or exempt")
    func coverage() throws {
        let listed = try Self.subcommands()
        #expect(listed.count >= 14, "could not read the subcommands from --help")
        let covered = Set(Self.invocations(convertOutputs: []).keys)
        for command in listed where !covered.contains(command) && !Self.exempt.contains(command) {
            Issue.record("'stakemap \(command)' is neither covered by the leak test nor exempt: add it to LeakTests.invocations")
        }
        let outputs = try Self.convertOutputs()
        #expect(outputs.count >= 2, "could not read the formats from convert --help")
    }

    @Test("the markers are found where the audience may see them (the check itself works)")
    func markersAreFound() throws {
        for (audience, markers) in [("confidential", LeakFixture.confidential + LeakFixture.restricted), ("internal", LeakFixture.restricted)] {
            let outputs = try Self.run(["convert", "{G}", "-o", "{O}/all.json"], audience: audience, variant: nil)
            let found = Set(outputs.values.flatMap { Self.leaks(in: $0, markers: markers) })
            #expect(found == Set(markers), "\(audience): found \(found.sorted())")
        }
        let escaped = Data(#"{"name": "\u0632\u0642\u0633\u0631\u064a"}"#.utf8)
        #expect(Self.leaks(in: escaped, markers: LeakFixture.confidential) == ["زقسري"])
    }

    @Test("no withheld marker in any output, and no output depends on withheld data", arguments: ["public", "internal"])
    func noLeak(_ audience: String) throws {
        let listed = Set(try Self.subcommands())
        let all = Self.invocations(convertOutputs: try Self.convertOutputs())
        let variants: [String?] = audience == "public" ? [nil, "confidential", "restricted"] : [nil, "confidential"]
        let markers = LeakFixture.markers(above: audience)
        var runs = 0
        defer { print("leak test (\(audience)): \(runs) invocations × \(variants.count) networks checked") }
        for command in all.keys.sorted() {
            guard listed.contains(command) else {
                print("leak test: 'stakemap \(command)' is not registered in this build; not run")
                continue
            }
            for arguments in all[command] ?? [] {
                var outputs = [[String: Data]]()
                for variant in variants {
                    let run = try Self.run(arguments, audience: audience, variant: variant)
                    outputs.append(run)
                    for (name, data) in run {
                        for marker in Self.leaks(in: data, markers: markers) {
                            Issue.record("\(arguments.joined(separator: " ")) --audience \(audience): '\(marker)' in \(name)")
                        }
                    }
                }
                Self.compare(outputs, arguments: arguments, audience: audience)
                runs += 1
            }
        }
    }

    /// Runs one invocation in a fresh folder on the network (or its variant); returns every
    /// output by name: `stdout`, `stderr` and each file written, with the folder's path removed.
    static func run(_ arguments: [String], audience: String, variant: String?) throws -> [String: Data] {
        let scratch = Scratch()
        let graph = scratch.write("net.yaml", LeakFixture.yaml(variant: variant))
        let edited = scratch.write("edited.yaml", LeakFixture.yaml(variant: variant).replacingOccurrences(of: "Second NGO", with: "Second NGO renamed"))
        let output = scratch.directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let resolved = arguments.map {
            $0.replacingOccurrences(of: "{G}", with: graph).replacingOccurrences(of: "{P}", with: edited)
                .replacingOccurrences(of: "{O}", with: output.path)
        } + ["--audience", audience]
        let result = try StakeMapBinary.run(resolved)
        #expect(result.status == 0, "\(arguments.joined(separator: " ")) --audience \(audience) (variant \(variant ?? "none")) failed: \(result.stderr)")
        let folder = scratch.directory.path
        var outputs = ["stdout": Data(result.stdout.replacingOccurrences(of: folder, with: "DIR").utf8),
                       // The omission notice states counts of what is left out by design (issue 11): the operator holds the file.
                       "stderr": Data(result.stderr.replacingOccurrences(of: folder, with: "DIR").split(separator: "\n")
                           .filter { !$0.hasPrefix("note: left out") && !$0.hasPrefix("ملاحظة: حُجب عن جمهور") }.joined(separator: "\n").utf8)]
        let files = FileManager.default.enumerator(atPath: output.path)?.compactMap { $0 as? String } ?? []
        for file in files.sorted() {
            let path = output.appendingPathComponent(file).path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: path) else { continue }
            let binary = file.hasSuffix(".png") || file.hasSuffix(".pdf")
            outputs[file] = binary ? data : Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: folder, with: "DIR").utf8)
        }
        return outputs
    }

    /// The markers found in `data`: ASCII ones case-insensitively, Arabic ones as UTF-8 and in
    /// the escaped forms writers use (`\uXXXX`, `&#xXXXX;`, `&#NNNN;`, `%XX`).
    static func leaks(in data: Data, markers: [String]) -> [String] {
        let lowered = Data(data.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 })
        return markers.filter { marker in
            var forms = [marker.lowercased()]
            if !marker.allSatisfy(\.isASCII) {
                let scalars = marker.unicodeScalars
                forms.append(scalars.map { String(format: "\\u%04x", $0.value) }.joined())
                forms.append(scalars.map { String(format: "&#x%x;", $0.value) }.joined())
                forms.append(scalars.map { "&#\($0.value);" }.joined())
                forms.append(marker.utf8.map { String(format: "%%%02x", $0) }.joined())
            }
            return forms.contains { lowered.range(of: Data($0.utf8)) != nil }
        }
    }

    /// Outputs of the base network and its variants must be the same (PNG and PDF: the same size).
    static func compare(_ outputs: [[String: Data]], arguments: [String], audience: String) {
        guard let base = outputs.first else { return }
        for (index, other) in outputs.enumerated().dropFirst() {
            let label = "\(arguments.joined(separator: " ")) --audience \(audience), variant \(index)"
            if Set(base.keys) != Set(other.keys) {
                Issue.record("\(label): different files \(base.keys.sorted()) vs \(other.keys.sorted())")
                continue
            }
            for (name, data) in base {
                guard let second = other[name] else { continue }
                if name.hasSuffix(".png") || name.hasSuffix(".pdf") {
                    if data.count != second.count { Issue.record("\(label): \(name) size depends on withheld data (\(data.count) vs \(second.count) bytes)") }
                } else if name.hasSuffix(".dot") ? Self.graphvizNormalized(data) != Self.graphvizNormalized(second) : data != second {
                    Issue.record("\(label): \(name) depends on withheld data:\n\(Self.firstDifference(data, second))")
                }
            }
        }
    }

    /// DOT text with Graphviz's run-to-run variation removed: libcgraph writes the same simple
    /// name as `coalition`, `"coalition"` or even the HTML-like `<coalition>` from one run to the
    /// next on the same input (it depends on its string pool).
    static func graphvizNormalized(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: #"[<"]([A-Za-z0-9_.%-]+)[>"]"#, with: "$1", options: .regularExpression)
    }

    /// The first differing line of two texts.
    static func firstDifference(_ a: Data, _ b: Data) -> String {
        let left = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let right = String(decoding: b, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (l, r) in zip(left, right) where l != r { return "  - \(l.prefix(300))\n  + \(r.prefix(300))" }
        return "  (\(left.count) vs \(right.count) lines)"
    }
}
