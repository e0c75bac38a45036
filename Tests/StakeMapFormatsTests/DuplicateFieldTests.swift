import Foundation
import Testing
import StakeMapFormats

/// Issue 11 item 6: a field stated twice in foreign input is an error naming both places, so a
/// later `public` can never quietly replace an earlier `confidential`.
@Suite("Duplicate fields")
struct DuplicateFieldTests {
    static func error(_ text: String, _ name: String) throws -> StakeMapError? {
        let path = try ForeignFiles.write(text, named: name)
        return ForeignFiles.error { () throws(StakeMapError) in try GraphLoader.load(path: path) }
    }

    static let cases: [(name: String, file: String, text: String)] = [
        ("CSV: two sensitivity columns", "people-nodes.csv", "id,label,sensitivity,sensitivity\na,A,confidential,public\n"),
        ("CSV: two columns meaning the same field", "people-nodes.csv", "id,label,name,sensitivity\na,A,B,public\n"),
        ("Kumu JSON: a key twice", "map.kumu.json",
         #"{"elements": [{"label": "A", "sensitivity": "confidential", "sensitivity": "public"}], "connections": []}"#),
        ("Kumu JSON: a key twice, once escaped", "map.kumu.json",
         #"{"elements": [{"label": "A", "sensitivity": "confidential", "sens\u0069tivity": "public"}], "connections": []}"#),
        ("GraphML: two <data> for one key", "g.graphml", """
            <graphml><key id="s" for="node" attr.name="sensitivity" attr.type="string"/><graph>
            <node id="a"><data key="s">confidential</data><data key="s">public</data></node></graph></graphml>
            """),
        ("GraphML: two keys with one attr.name", "g.graphml", """
            <graphml><key id="s1" for="node" attr.name="sensitivity"/><key id="s2" for="node" attr.name="sensitivity"/><graph>
            <node id="a"><data key="s1">confidential</data><data key="s2">public</data></node></graph></graphml>
            """),
        ("GraphML: two keys that mean the same field", "g.graphml", """
            <graphml><key id="s1" for="node" attr.name="sensitivity"/><key id="s2" for="node" attr.name="Sensitivity "/><graph>
            <node id="a"><data key="s1">confidential</data><data key="s2">public</data></node></graph></graphml>
            """),
        ("GEXF: two attvalues for one attribute", "g.gexf", """
            <gexf version="1.3"><graph><attributes class="node"><attribute id="0" title="sensitivity" type="string"/></attributes>
            <nodes><node id="a" label="A"><attvalues><attvalue for="0" value="confidential"/><attvalue for="0" value="public"/></attvalues></node></nodes>
            <edges/></graph></gexf>
            """),
        ("GEXF: two attributes with one title", "g.gexf", """
            <gexf version="1.3"><graph><attributes class="node"><attribute id="0" title="sensitivity"/><attribute id="1" title="sensitivity"/></attributes>
            <nodes><node id="a" label="A"><attvalues><attvalue for="0" value="confidential"/><attvalue for="1" value="public"/></attvalues></node></nodes>
            <edges/></graph></gexf>
            """),
    ]

    @Test("a duplicated field is an error, never the last value", arguments: 0..<cases.count)
    func duplicated(index: Int) throws {
        let item = Self.cases[index]
        let failure = try #require(try Self.error(item.text, item.file), "\(item.name): accepted")
        #expect(failure.code == .invalidInput, "\(item.name)")
        #expect(failure.description.contains("twice") || failure.description.contains("two "), "\(item.name): \(failure)")
        #expect(failure.diagnostics.first?.location != nil, "\(item.name)")
    }
}
