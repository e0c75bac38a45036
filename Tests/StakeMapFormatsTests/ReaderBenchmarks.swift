import Foundation
import Testing
import StakeMapFormats

/// Load times of large files: 100,000 nodes and 500,000 edges as GraphML and as a CSV pair.
///
/// Off by default (slow in debug builds). Run in release:
/// `STAKEMAP_FORMATS_BENCH=1 swift test -c release --scratch-path .build-formats-release --filter ReaderBenchmarks`
@Suite("Reader benchmarks", .enabled(if: ProcessInfo.processInfo.environment["STAKEMAP_FORMATS_BENCH"] != nil))
struct ReaderBenchmarks {
    static let nodes = 100_000
    static let edges = 500_000

    /// Deterministic pseudo-random edge ends and weights (a 64-bit LCG).
    static func edgeList() -> [(Int, Int, Double)] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        return (0..<edges).map { _ in (Int(next() % UInt64(nodes)), Int(next() % UInt64(nodes)), 0.5 + Double(next() % 5000) / 1000) }
    }

    static func graphML() -> String {
        var text = """
        <?xml version='1.0' encoding='utf-8'?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="d2" for="edge" attr.name="weight" attr.type="double" />
          <key id="d1" for="node" attr.name="kind" attr.type="string" />
          <key id="d0" for="node" attr.name="label" attr.type="string" />
          <graph edgedefault="undirected">\n
        """
        text.reserveCapacity(60_000_000)
        for node in 0..<nodes {
            text += "    <node id=\"n\(node)\">\n      <data key=\"d0\">Actor \(node)</data>\n"
            text += "      <data key=\"d1\">\(node % 3 == 0 ? "organization" : "person")</data>\n    </node>\n"
        }
        for (source, target, weight) in edgeList() {
            text += "    <edge source=\"n\(source)\" target=\"n\(target)\">\n      <data key=\"d2\">\(weight)</data>\n    </edge>\n"
        }
        return text + "  </graph>\n</graphml>\n"
    }

    static func csvPair(in folder: URL) throws {
        var nodes = "Id,Label,kind\n"
        for node in 0..<Self.nodes { nodes += "n\(node),\"Actor \(node)\",person\n" }
        var edges = "Source,Target,Type,Id,Weight\n"
        edges.reserveCapacity(25_000_000)
        for (index, (source, target, weight)) in edgeList().enumerated() {
            edges += "n\(source),n\(target),Undirected,\(index),\(weight)\n"
        }
        try Data(nodes.utf8).write(to: folder.appendingPathComponent("big-nodes.csv"))
        try Data(edges.utf8).write(to: folder.appendingPathComponent("big-edges.csv"))
    }

    func time(_ label: String, _ body: () throws -> LoadedGraph) rethrows -> LoadedGraph {
        let start = Date()
        let loaded = try body()
        print("\(label): \(loaded.graph.actors.count) actors, \(loaded.graph.ties.count) ties in "
              + String(format: "%.2f s", Date().timeIntervalSince(start)))
        return loaded
    }

    @Test("GraphML, 100,000 nodes and 500,000 edges")
    func graphMLLoad() throws {
        let path = try ForeignFiles.write(Self.graphML(), named: "big.graphml")
        let loaded = try time("GraphML") { try GraphMLReader().read(path: path) }
        #expect(loaded.graph.actors.count == Self.nodes)
        #expect(loaded.graph.ties.count == Self.edges)
    }

    @Test("CSV pair, 100,000 node rows and 500,000 edge rows; edges alone")
    func csvLoad() throws {
        let folder = try ForeignFiles.scratchFolder()
        try Self.csvPair(in: folder)
        let pair = try time("CSV pair") { try CSVGraphReader().read(path: folder.appendingPathComponent("big-edges.csv").path) }
        #expect(pair.graph.actors.count == Self.nodes)
        #expect(pair.graph.ties.count == Self.edges)
        let alone = try time("CSV edges alone") { try CSVGraphReader().read(nodesPath: nil, edgesPath: folder.appendingPathComponent("big-edges.csv").path) }
        #expect(alone.graph.ties.count == Self.edges)
    }
}
