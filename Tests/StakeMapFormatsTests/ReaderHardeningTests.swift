import Foundation
import Testing
import StakeMapFormats

/// Issue 11: the XML layer refuses DTDs at parser level and turns bad bytes into located errors;
/// every foreign reader refuses a field given twice; inputs are followed through links; what a
/// reader accepts always writes as a valid native file.
@Suite("Reader hardening")
struct ReaderHardeningTests {
    static func load(_ bytes: [UInt8], as name: String) throws -> Result<LoadedGraph, StakeMapError> {
        let path = try ForeignFiles.write(Data(bytes), named: name)
        do {
            return .success(try GraphLoader.load(path: path))
        } catch {
            return .failure(error)
        }
    }

    static func failure(_ text: String, as name: String) throws -> StakeMapError? {
        if case let .failure(error) = try load(Array(text.utf8), as: name) { return error }
        return nil
    }

    static let graphml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n<graphml><graph edgedefault=\"undirected\">"
        + "<node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/></graph></graphml>\n"
    static let gexf = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n<gexf version=\"1.3\"><graph defaultedgetype=\"undirected\">"
        + "<nodes><node id=\"a\" label=\"A\"/><node id=\"b\" label=\"B\"/></nodes><edges><edge source=\"a\" target=\"b\"/></edges></graph></gexf>\n"

    /// One invalid byte (0xFF) put into the places that crashed FoundationXML.
    static let badBytePlaces: [(name: String, find: String, replace: String)] = [
        ("element name", "<node id=\"a\"", "<no\u{1}de id=\"a\""),
        ("attribute name", "<node id=\"a\"", "<node i\u{1}d=\"a\""),
        ("comment", "<graph ", "<!-- x\u{1}y --><graph "),
        ("entity reference name", "id=\"b\"", "id=\"&b\u{1};\""),
        ("attribute value", "id=\"b\"", "id=\"b\u{1}\""),
    ]

    @Test("an invalid UTF-8 byte anywhere is a located error, never a crash", arguments: ["graphml", "gexf"], 0..<5)
    func invalidUTF8(format: String, placeIndex place: Int) throws {
        let place = Self.badBytePlaces[place]
        let text = (format == "graphml" ? Self.graphml : Self.gexf).replacingOccurrences(of: place.find, with: place.replace)
        let bytes = Array(text.utf8).map { $0 == 0x01 ? 0xFF : $0 }
        guard case let .failure(error) = try Self.load(bytes, as: "bad.\(format)") else {
            Issue.record("\(place.name): accepted")
            return
        }
        #expect(error.code == .invalidInput)
        let location = try #require(error.diagnostics.first?.location, "\(place.name): no location")
        #expect(location.line == 2)
        #expect(location.file.hasSuffix("bad.\(format)"))
    }

    @Test("a processing instruction holding a quote no longer hides an entity declaration", arguments: ["graphml", "gexf"])
    func processingInstructionBypass(format: String) throws {
        let body = format == "graphml" ? Self.graphml : Self.gexf
        let text = body.replacingOccurrences(of: "?>\n", with: "?>\n<?pi \" ?>\n<!DOCTYPE x [<!ENTITY e \"LEAKED\">]>\n", options: [], range: nil)
            .replacingOccurrences(of: "id=\"b\"", with: "id=\"&e;\"")
        let error = try #require(try Self.failure(text, as: "pi.\(format)"))
        #expect(error.description.contains("internal subset"))
        #expect(error.diagnostics.first?.location?.line == 3)
    }

    @Test("a large entity used thousands of times is refused at once, without expansion")
    func entityAmplification() throws {
        let entity = String(repeating: "x", count: 200_000)
        let uses = String(repeating: "<node id=\"n\"><data key=\"d\">&big;</data></node>", count: 2_000)
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY big \"\(entity)\">]>\n<graphml><graph>\(uses)</graph></graphml>"
        let start = Date()
        let error = try #require(try Self.failure(text, as: "amplified.graphml"))
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(error.description.contains("internal subset"))
    }

    @Test("an entity reference with an external DTD (never loaded) is refused")
    func externalSubsetReference() throws {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"http://example.invalid/x.dtd\">\n"
            + "<graphml><graph><node id=\"&ext;\"/></graph></graphml>\n"
        let error = try #require(try Self.failure(text, as: "external.graphml"))
        #expect(error.code == .invalidInput)
    }

    @Test("a document type without an internal subset is still read")
    func plainDoctype() throws {
        let text = Self.graphml.replacingOccurrences(of: "?>\n", with: "?>\n<!DOCTYPE graphml SYSTEM \"graphml.dtd\">\n")
        guard case let .success(loaded) = try Self.load(Array(text.utf8), as: "plain.graphml") else {
            Issue.record("refused")
            return
        }
        #expect(loaded.graph.actors.count == 2)
    }
}
