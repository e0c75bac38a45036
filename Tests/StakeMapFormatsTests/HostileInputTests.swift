import Foundation
import Testing
import StakeMapFormats

/// Inputs built to break a reader: each gets a clear, located error within seconds, never a crash.
@Suite("Hostile input")
struct HostileInputTests {
    static let xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
        <graphml><graph edgedefault="undirected"><node id="a"><data key="d0">&e;</data></node></graph></graphml>
        """

    static let billionLaughs: String = {
        var lines = ["<?xml version=\"1.0\"?>", "<!DOCTYPE lolz [", "<!ENTITY lol \"lol\">"]
        for level in 1...9 {
            lines.append("<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">")
        }
        lines += ["]>", "<graphml><graph><node id=\"&lol9;\"/></graph></graphml>"]
        return lines.joined(separator: "\n")
    }()

    /// Reads `bytes` as a file through the loader, timing it.
    func load(_ bytes: Data, as name: String) throws -> (error: StakeMapError?, seconds: Double) {
        let path = try ForeignFiles.write(bytes, named: name)
        let start = Date()
        let error = ForeignFiles.error { () throws(StakeMapError) in try GraphLoader.load(path: path) }
        return (error, Date().timeIntervalSince(start))
    }

    @Test("XXE: refused before parsing; the file's content never appears")
    func externalEntity() throws {
        let (error, _) = try load(Data(Self.xxe.utf8), as: "xxe.graphml")
        let failure = try #require(error)
        #expect(failure.code == .invalidInput)
        #expect(failure.description.contains("internal subset"))
        #expect(failure.diagnostics.first?.location?.line == 2)
        #expect(!failure.description.contains("root:"))
    }

    static let entityVariants = [
        "<!DOCTYPE x [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>",
        "<!DOCTYPE x [\n  <!-- a comment ] > -->\n  <!ENTITY\n e SYSTEM 'file:///etc/passwd'>\n]>",
        "<!DOCTYPE x [<!ATTLIST node id CDATA \"]>\"><!ENTITY e \"x\">]>",
        "<!doctype x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
        "<!ENTITY e SYSTEM \"file:///etc/passwd\">",
    ]

    @Test("entity declarations are refused however they are dressed", arguments: entityVariants)
    func refusedDeclarations(doctype: String) throws {
        let text = "<?xml version=\"1.0\"?>\n\(doctype)\n<graphml><graph><node id=\"&e;\"/></graph></graphml>\n"
        let failure = try #require(try load(Data(text.utf8), as: "variant.graphml").error)
        #expect(failure.code == .invalidInput)
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics.first?.location?.line ?? 0 >= 2)
        #expect(!failure.description.contains("root:"))
    }

    @Test("an external DTD is never fetched, and an external entity reference is refused")
    func externalSubset() throws {
        let text = """
        <?xml version="1.0"?>
        <!DOCTYPE graphml SYSTEM "file:///etc/passwd">
        <graphml><graph><node id="a"><data key="d0">&passwd;</data></node></graph></graphml>
        """
        let error = try #require(try load(Data(text.utf8), as: "dtd.graphml").error)
        #expect(!error.description.contains("root:"))
        #expect(error.diagnostics.contains { $0.location?.line == 3 })
    }

    @Test("billion laughs: an error within a second")
    func entityBomb() throws {
        let (error, seconds) = try load(Data(Self.billionLaughs.utf8), as: "lol.graphml")
        #expect(error?.code == .invalidInput)
        #expect(error?.description.contains("internal subset") == true)
        #expect(seconds < 1)
    }

    @Test("100,000 nested elements: a limit error, quickly")
    func deepNesting() throws {
        let text = "<graphml><graph>" + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</graph></graphml>"
        let (error, seconds) = try load(Data(text.utf8), as: "deep.graphml")
        #expect(error?.code == .limitExceeded)
        #expect(error?.description.contains("nested more than 256 deep") == true)
        #expect(seconds < 5)
    }

    @Test("a truncated file names what is still open")
    func truncated() throws {
        let full = try String(contentsOfFile: ForeignFiles.fixture("karate.graphml"), encoding: .utf8)
        let (error, _) = try load(Data(full.utf8.prefix(full.utf8.count / 2)), as: "cut.graphml")
        let failure = try #require(error)
        #expect(failure.code == .invalidInput)
        #expect(failure.diagnostics.contains { $0.message.contains("elements still open") && $0.message.contains("<graph>") })
    }

    @Test("an edge to a missing node, a duplicate id, a node without id: all reported, located")
    func structuralErrors() throws {
        let text = """
        <graphml>
          <graph edgedefault="undirected">
            <node id="a"/>
            <node id="a"/>
            <node/>
            <edge source="a" target="b"/>
            <edge source="a"/>
          </graph>
        </graphml>
        """
        let failure = try #require(try load(Data(text.utf8), as: "broken.graphml").error)
        #expect(failure.code == .invalidInput)
        let found = failure.diagnostics.map { "\($0.location?.line ?? 0): \($0.message)" }
        #expect(found == [
            "4: duplicate node id 'a'",
            "5: <node> without an id",
            "6: edge target 'b' is not a node",
            "7: <edge> without target",
        ])
        #expect(failure.description.contains("broken.graphml:4:"))
    }

    @Test("malformed XML: every error the parser can get past, located")
    func malformed() throws {
        let text = "<graphml>\n<graph>\n<node id=\"a\"></graph>\n<node id='b' id='c'/>\n</graphml>\n"
        let failure = try #require(try load(Data(text.utf8), as: "bad.graphml").error)
        #expect(failure.code == .invalidInput)
        #expect(failure.diagnostics.count >= 1)  // libxml2 stops at the first well-formedness error
        #expect(failure.diagnostics.first?.location?.line == 3)
        #expect(failure.description.contains("closing tag does not match"))
    }

    static let garbage: [(String, Data)] = [
        ("empty", Data()),
        ("binary", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) })),
        ("utf16", Data([0xFF, 0xFE, 0x3C, 0x00, 0x67, 0x00])),
        ("text", Data("hello, world\n".utf8)),
        ("html", Data("<html><body/></html>".utf8)),
        ("unknown-encoding", Data("<?xml version=\"1.0\" encoding=\"X-NO-SUCH\"?><graphml/>".utf8)),
        ("whitespace", Data("   \n\n  ".utf8)),
    ]

    @Test("not GraphML at all: one clear error", arguments: garbage.map(\.0))
    func notGraphML(name: String) throws {
        let bytes = try #require(Self.garbage.first { $0.0 == name }?.1)
        let failure = try #require(try load(bytes, as: "\(name).graphml").error)
        #expect(failure.code == .invalidInput)
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics[0].location?.line == 1)
    }

    @Test("CSV: empty, binary and mis-encoded files give one clear error on the right line",
          arguments: [("empty", Data(), 1), ("binary", Data([0x00, 0xFF, 0xFE, 0x01, 0x80, 0x0A, 0xC3, 0x28]), 1),
                      ("latin1", Data("id,label\nzoe,Zo".utf8) + Data([0xEB, 0x0A]), 2),
                      ("no-columns", Data("name;country\nx;LY\n".utf8), 1)])
    func hostileCSV(name: String, bytes: Data, line: Int) throws {
        let (error, seconds) = try load(bytes, as: "\(name).csv")
        let failure = try #require(error)
        #expect(failure.code == .invalidInput)
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics.first?.location?.line == line)
        #expect(seconds < 2)
    }

    @Test("limits: file size and rows")
    func limits() throws {
        let path = try ForeignFiles.write("source,target\n" + String(repeating: "a,b\n", count: 50), named: "rows.csv")
        let rows = ForeignFiles.error { () throws(StakeMapError) in try CSVGraphReader(limits: .init(maxRows: 10)).read(path: path) }
        #expect(rows?.code == .limitExceeded)
        #expect(rows?.diagnostics.first?.location?.line == 12)
        let size = ForeignFiles.error { () throws(StakeMapError) in try GraphMLReader(limits: .init(maxFileBytes: 100)).read(path: ForeignFiles.fixture("karate.graphml")) }
        #expect(size?.code == .limitExceeded)
        let missing = ForeignFiles.error { () throws(StakeMapError) in try GraphLoader.load(path: "/nonexistent/x.graphml") }
        #expect(missing?.code == .unreadable)
    }
}
