import Foundation
import Testing
import StakeMapFormats

/// Issue 11: a `.graphml` or `.gexf` file that is not XML at all (a CSV renamed, a picture, a ZIP
/// archive) gets a located error that says it is not XML, what it looks like and what to do,
/// rather than "no XML elements".
@Suite("Not XML at all")
struct NotXMLTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        /// What the message says the file looks like.
        let looksLike: String
        /// A word of the hint.
        let advice: String
        var testDescription: String { name }
    }

    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]

    static let cases: [Case] = [
        Case(name: "csv", bytes: Array("id,label,kind\nlwa,Libyan Women's Alliance,organization\n".utf8),
             looksLike: "CSV", advice: ".csv"),
        Case(name: "png", bytes: png, looksLike: "a PNG image", advice: "export GraphML again"),
        Case(name: "zip", bytes: Array("PK".utf8) + [0x03, 0x04, 0x14, 0x00, 0x06, 0x00], looksLike: "a ZIP archive", advice: "unzip"),
        Case(name: "gzip", bytes: [0x1F, 0x8B, 0x08, 0x00, 0x00], looksLike: "gzip-compressed", advice: "gunzip"),
        Case(name: "json", bytes: Array("{\"nodes\": [], \"links\": []}".utf8), looksLike: "JSON", advice: ".json"),
        Case(name: "pdf", bytes: Array("%PDF-1.7\n".utf8), looksLike: "a PDF document", advice: "export GraphML again"),
    ]

    static func failure(_ bytes: [UInt8], as name: String) throws -> StakeMapError? {
        let path = try ForeignFiles.write(Data(bytes), named: name)
        do {
            _ = try GraphLoader.load(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test("says it is not XML, what the first bytes look like and what to do", arguments: cases)
    func notXML(_ testCase: Case) throws {
        let error = try #require(try Self.failure(testCase.bytes, as: "\(testCase.name).graphml"), "accepted")
        #expect(error.code == .invalidInput)
        #expect(error.diagnostics.count == 1)
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location?.file.hasSuffix("\(testCase.name).graphml") == true)
        #expect(diagnostic.location?.line == 1 && diagnostic.location?.column == 1)
        #expect(diagnostic.message.contains("not XML, so not GraphML"), "\(diagnostic)")
        #expect(diagnostic.message.contains("starts like \(testCase.looksLike)"), "\(diagnostic)")
        #expect(diagnostic.hint?.contains(testCase.advice) == true, "\(diagnostic)")
        #expect(!diagnostic.description.contains("no XML elements"))
    }

    @Test("the first bytes are quoted when they are text, in hexadecimal when not")
    func firstBytes() throws {
        let csv = try #require(try Self.failure(Self.cases[0].bytes, as: "t.graphml"))
        #expect(csv.description.contains("'id,label,kind…'"), "\(csv)")
        let png = try #require(try Self.failure(Self.png, as: "p.graphml"))
        #expect(png.description.contains("bytes 89 50 4E 47 0D 0A 1A 0A"), "\(png)")
    }

    @Test("a GEXF file is named as such, and content after blank lines is located on its line")
    func gexfAndLocation() throws {
        let error = try #require(try Self.failure(Array("\n\n  a;b;c\n".utf8), as: "sheet.gexf"))
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.message.contains("not XML, so not GEXF"), "\(diagnostic)")
        #expect(diagnostic.location?.line == 3 && diagnostic.location?.column == 3, "\(diagnostic)")
    }

    @Test("empty, white space only and comment only keep saying there is no element",
          arguments: [("", "empty"), ("  \n ", "only white space"), ("<?xml version=\"1.0\"?>\n<!-- nothing -->\n", "holds no element")])
    func noElement(text: String, says: String) throws {
        let error = try #require(try Self.failure(Array(text.utf8), as: "none.graphml"))
        #expect(error.description.contains("no XML elements"), "\(error)")
        #expect(error.description.contains(says), "\(error)")
    }
}
