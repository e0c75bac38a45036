import Foundation
import Testing

/// The command prints Graphviz's coordinates with its own number writer (CGraphvizWriter,
/// docs/PERFORMANCE.md "Seventh pass"): the maps must be byte for byte those Graphviz's own
/// `gvprintdouble` writes, which `STAKEMAP_GRAPHVIZ_NUMBERS=graphviz` hands the numbers back to.
@Suite("Graphviz's numbers")
struct GraphvizNumbersTests {
    static let examples = ["graphs/libya-wps.yaml", "graphs/yemen-marib.yaml", "graphs/wps-all.yaml"]

    /// The map of `network` in `format`, printed by StakeMap's writer or by Graphviz's.
    private func map(_ network: String, format: String, graphvizOwn: Bool, in scratch: Scratch, extra: [String] = []) throws -> Data {
        let path = scratch.path("\(UUID().uuidString).\(format)")
        let result = try StakeMapBinary.run(["render", network, "-o", path] + extra,
                                            environment: graphvizOwn ? ["STAKEMAP_GRAPHVIZ_NUMBERS": "graphviz"] : [:])
        #expect(result.status == 0, "\(result.stderr)")
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test("the bundled examples come out the same as with Graphviz's own writer", arguments: examples)
    func examplesSame(network: String) throws {
        let scratch = Scratch()
        for format in ["svg", "dot"] {
            let ours = try map(network, format: format, graphvizOwn: false, in: scratch)
            #expect(!ours.isEmpty)
            #expect(ours == (try map(network, format: format, graphvizOwn: true, in: scratch)), "\(network) as \(format)")
        }
        // Sized labels, Arabic labels and the meetings drawn as events: other shapes and sizes.
        let options = ["--size-by", "betweenness", "--lang", "ar", "--events", "node"]
        #expect(try map(network, format: "svg", graphvizOwn: false, in: scratch, extra: options)
                == map(network, format: "svg", graphvizOwn: true, in: scratch, extra: options))
    }

    @Test("the command exports its gvprintdouble, so Graphviz's writer plugins bind to it")
    func exported() throws {
        guard let text = try StakeMapBinary.readelf(["--dyn-syms", "--wide"]) else { return }
        // Defined (a section index, not UND) and global in the executable's dynamic symbols.
        let defined = text.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ")
            return fields.last == "gvprintdouble" && fields.contains("GLOBAL") && !fields.contains("UND")
        }
        #expect(defined, "gvprintdouble is not exported by the stakemap binary")
    }

    @Test("maps of hundreds of actors, isolated and linked, come out the same", arguments: ["isolated", "mixed", "ba"])
    func largeSame(shape: String) throws {
        let scratch = Scratch()
        let network = scratch.path("network.yaml")
        let script = StakeMapBinary.repository.appendingPathComponent("scripts/make_network.py").path
        guard let made = HostileLabelFixture.tool(["python3", script, shape, "400", network]), made.status == 0 else {
            print("skipped: python3 is not installed")
            return
        }
        #expect(try map(network, format: "svg", graphvizOwn: false, in: scratch)
                == map(network, format: "svg", graphvizOwn: true, in: scratch))
    }
}
