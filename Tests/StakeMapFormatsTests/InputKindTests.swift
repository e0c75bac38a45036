import Foundation
import Testing
import StakeMapFormats

/// Issue 11 items 5 and 12: links to valid files are followed; a FIFO or folder as input is an
/// error with its path; what a reader accepts is fitted to the model and writes as a valid native file.
@Suite("Input kinds and model fit")
struct InputKindTests {
    static let inputs = ["karate.graphml", "coalition-nodes.csv", "gephi_nodes.csv", "directed.graphml"]

    @Test("a symbolic link to a valid file is read like the file", arguments: inputs)
    func symlink(name: String) throws {
        let folder = try ForeignFiles.scratchFolder()
        let fixture = ForeignFiles.fixture(name)
        // The CSV partner is found beside the link, so link both halves.
        for file in [fixture] + [CSVGraphFiles.convention(for: fixture)?.partner].compactMap({ $0 }) {
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent((file as NSString).lastPathComponent).path,
                                                       withDestinationPath: file)
        }
        let direct = try GraphLoader.load(path: fixture)
        let linked = try GraphLoader.load(path: folder.appendingPathComponent(name).path)
        #expect(linked.graph == direct.graph)
    }

    @Test("a folder or FIFO as input is an error naming it", arguments: ["g.graphml", "g.gexf", "g.kumu.json", "g-nodes.csv", "g.yaml"])
    func specialFiles(name: String) throws {
        let folder = try ForeignFiles.scratchFolder()
        let directory = folder.appendingPathComponent(name).path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        let first = try #require(ForeignFiles.error { () throws(StakeMapError) in try GraphLoader.load(path: directory) })
        #expect(first.description.contains(directory) && first.description.contains("folder"))
        let fifo = folder.appendingPathComponent("fifo-" + name).path
        #expect(mkfifo(fifo, 0o600) == 0)
        let second = try #require(ForeignFiles.error { () throws(StakeMapError) in try GraphLoader.load(path: fifo) })
        #expect(second.description.contains(fifo) && second.description.contains("FIFO"))
    }

    @Test("a gender on an organization and a self-loop are dropped with warnings; the native file validates")
    func modelFit() throws {
        let text = """
            <?xml version="1.0"?>
            <graphml><key id="k" for="node" attr.name="kind"/><key id="g" for="node" attr.name="gender"/>
            <graph edgedefault="undirected"><node id="a"><data key="k">organization</data><data key="g">woman</data></node>
            <node id="b"/><edge source="a" target="a"/><edge source="a" target="b"/></graph></graphml>
            """
        let loaded = try GraphLoader.load(path: try ForeignFiles.write(text, named: "fit.graphml"))
        #expect(loaded.graph.ties.count == 1)
        #expect(loaded.graph.actor(withID: "a")?.gender == nil)
        let warnings = loaded.warnings.map(\.message).joined(separator: "\n")
        #expect(warnings.contains("gender") && warnings.contains("to itself"))
        let yaml = try NativeWriter().write(loaded.graph)
        _ = try NativeReader().read(text: yaml)
    }
}
