import Foundation
import Testing
import StakeMapFormats

/// Replays every input kept in Tests/FuzzCorpus (crashes and findings of the fuzzers, and the
/// inputs of issue 11), then runs a short deterministic mutation round per reader.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static var corpus: [String] {
        let folder = Self.folder
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        return files.filter { !$0.hasSuffix("README.md") && $0.contains(".") && !$0.hasPrefix(".") }.sorted()
    }

    /// The regression corpus (outside the test targets, so that no target bundles it).
    static let folder = FuzzDriver.repository.appendingPathComponent("Tests/FuzzCorpus").path

    @Test("every kept fuzz case is refused with a diagnostic or read into a valid network", arguments: corpus)
    func replay(name: String) throws {
        let source = Self.folder + "/" + name
        // A fresh copy, so that CSV partners or includes beside it are not picked up.
        let path = try ForeignFiles.write(try Data(contentsOf: URL(fileURLWithPath: source)), named: (name as NSString).lastPathComponent)
        if let problem = FuzzDriver.check(path) { Issue.record("\(name): \(problem)") }
    }

    /// Seeds per reader: the committed fixtures and the example network in every readable format.
    static func seeds() throws -> [(ext: String, bytes: [UInt8])] {
        var seeds: [(String, [UInt8])] = []
        let graph = try NativeReader().read(path: FuzzDriver.repository.appendingPathComponent("graphs/libya-wps.yaml").path).graph
        for (format, ext) in [(GraphFormat.yaml, "yaml"), (.json, "json"), (.graphml, "graphml"), (.gexf, "gexf"), (.kumuJSON, "kumu.json")] {
            let text = try GraphExporter.export(graph, as: format, to: "seed.\(ext)").files[0].text
            seeds.append((ext, Array(text.utf8)))
        }
        for name in ["karate.graphml", "yed.graphml", "coalition-nodes.csv", "coalition-edges.csv", "meetings.csv"] {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: ForeignFiles.fixture(name))))
            seeds.append((name.hasSuffix("csv") ? "csv" : "graphml", bytes))
        }
        return seeds
    }

    @Test("a short mutation round per reader finds nothing")
    func mutationRound() throws {
        let iterations = Int(ProcessInfo.processInfo.environment["STAKEMAP_FUZZ_ITERATIONS"] ?? "") ?? 60
        var driver = FuzzDriver(seed: 11)
        let folder = try ForeignFiles.scratchFolder()
        for (index, seed) in try Self.seeds().enumerated() {
            for round in 0..<iterations {
                let mutant = driver.mutate(seed.bytes)
                let name = "mutant-\(index)-\(round).\(seed.ext)"
                let kept = FuzzDriver.findings.appendingPathComponent(name)
                try Data(mutant).write(to: kept)
                let path = folder.appendingPathComponent("input.\(seed.ext)").path
                try Data(mutant).write(to: URL(fileURLWithPath: path))
                if let problem = FuzzDriver.check(path) {
                    Issue.record("\(kept.path): \(problem)")
                } else {
                    try? FileManager.default.removeItem(at: kept)
                }
            }
        }
    }
}
