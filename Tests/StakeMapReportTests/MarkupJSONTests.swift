import Foundation
import Testing
@testable import StakeMapReport

/// Cards and rows as data: valid JSON that no value can break out of, repeated leaves written once.
@Suite("markup as data")
struct MarkupJSONTests {
    static let hostile = "</script><script>alert(1)</script>\"' & <b>\u{2028}\u{2029}\u{1B}\\"

    static func json(_ trees: [MarkupTree]) -> (text: String, shared: String) {
        let json = MarkupJSON.write([(trees[...], false)])
        return (json.lists[0], json.shared)
    }

    @Test("a hostile text stays text: valid JSON, no <, >, & or line separator, read back as written")
    func hostileText() throws {
        let tree = MarkupTree.element("li", [("class", "kind")], .text(Self.hostile), .element("bdi", .text(Self.hostile)), .card(3))
        let (text, _) = Self.json([tree])
        for character in ["<", ">", "&", "\u{2028}", "\u{2029}", "\u{1B}"] { #expect(!text.contains(character), "\(character)") }
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[Any]])
        let element = try #require(parsed.first)
        #expect(element[0] as? String == "li")
        #expect((element[1] as? [String: String]) == ["class": "kind"])
        #expect(element[2] as? String == Self.hostile)
        #expect((element[3] as? [Any])?.last as? String == Self.hostile)
        #expect((element[4] as? [String: Int]) == ["card": 3])
    }

    @Test("an attribute value that would need escaping is dropped, as Markup.attribute drops it")
    func unsafeAttribute() {
        guard case .tag(_, let attributes, _) = MarkupTree.element("a", [("href", "#card-1\" onclick=\"x"), ("class", "ok")], .text("x")) else {
            Issue.record("not an element")
            return
        }
        #expect(attributes.map(\.0) == ["class"])
    }

    @Test("a leaf element that occurs twice is written once and referred to by number")
    func sharedLeaves() throws {
        let degree = MarkupTree.element("dt", .text("Degree"))
        let unique = MarkupTree.element("dd", .text("0.1250"))
        let (text, shared) = Self.json([.element("dl", degree, unique), .element("dl", degree)])
        #expect(shared == #"[["dt",{},"Degree"]]"#)
        #expect(text == #"[["dl",{},0,["dd",{},"0.1250"]],["dl",{},0]]"#)
    }

    @Test("a tree written as markup is the markup Plot writes for the same elements")
    func markup() {
        let tree = MarkupTree.element("p", [("class", "facts")], .text("a < b"), .group([.text(" · "), .ltr("2024")]))
        #expect(tree.node().render() == #"<p class="facts">a &lt; b · <bdi dir="ltr">2024</bdi></p>"#)
    }
}
