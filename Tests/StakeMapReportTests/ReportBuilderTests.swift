import Foundation
import Testing
@testable import StakeMapReport

/// The page is self-contained, escapes every value, and holds nothing withheld.
@Suite("report builder")
struct ReportBuilderTests {
    static let hostile = #"</script><script>alert(1)</script>"' & <b>"#

    static func graph() -> Graph {
        Graph(title: LocalizedText(["en": "Hostile " + hostile, "ar": "عنوان"]), asOf: PartialDate(year: 2025),
              sources: [Source(id: "s1", title: LocalizedText(hostile), url: "https://example.org/a\"onmouseover=alert(1)")],
              actors: [
                  Actor(id: "a", kind: .organization, name: LocalizedText(["en": hostile, "ar": "منظمة \u{2028}"]), aliases: [hostile],
                        tags: [hostile], note: hostile, sources: [Citation(sourceID: "s1")]),
                  Actor(id: "b", kind: .person, name: LocalizedText("Bee")),
                  Actor(id: "secret", kind: .person, name: LocalizedText("Zqc Secret Person"), sensitivity: .confidential),
              ],
              ties: [Tie(from: "a", to: "b", kind: .met, note: hostile), Tie(from: "a", to: "secret", kind: .met, note: "zqc tie")])
    }

    @Test("every value is escaped: only the page's own two scripts, no injected markup")
    func escaping() {
        let html = ReportBuilder.build(Self.graph(), options: ReportOptions(language: .both, includesMap: false)).html
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(!html.contains("alert(1)</script>"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains(#"href="https://example.org/a""#), "an address that needs escaping is never an attribute")
        let json = html.components(separatedBy: #"<script type="application/json" id="report-data">"#).last?
            .components(separatedBy: "</script>").first ?? ""
        #expect(!json.isEmpty && !json.contains("\u{2028}") && !json.contains("<"))
    }

    @Test("cards travel as data: valid JSON, one card per visible actor, none written as markup", arguments: ReportLanguage.allCases)
    func cardsAsData(_ language: ReportLanguage) throws {
        let html = ReportBuilder.build(Self.graph(), options: ReportOptions(language: language, includesMap: false)).html
        let json = try #require(html.components(separatedBy: #"<script type="application/json" id="report-data">"#).last?
            .components(separatedBy: "</script>").first)
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let cards = try #require(data["cards"] as? [[Any]])
        #expect(cards.count == 2 && cards.allSatisfy { $0.first as? String == "article" })
        #expect((data["names"] as? [[Any]])?.count == 2)
        #expect((data["rows"] as? [Any])?.isEmpty == true, "a small table is written whole as markup")
        #expect(!html.contains("<article"))
        #expect(html.components(separatedBy: "<tr data-i=").count - 1 == 2)
    }

    @Test("the JSON block escapes <, >, &, U+2028 and U+2029 and stays valid JSON")
    func jsonEscaping() throws {
        let escaped = ReportData.escaped(#"{"a":"</script>&\#u{2028}\#u{2029}"}"#)
        #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("&"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(escaped.utf8)) as? [String: String])
        #expect(object["a"] == "</script>&\u{2028}\u{2029}")
    }

    @Test("attributes never carry a value that needs escaping")
    func attributes() {
        #expect(Markup.isSafe("card-12"))
        #expect(!Markup.isSafe("a\"b"))
        #expect(!Markup.isSafe("a<b"))
        #expect(!Markup.isSafe("a'b"))
    }

    @Test("self-contained: no external script, style, font or image", arguments: ReportLanguage.allCases)
    func selfContained(_ language: ReportLanguage) {
        let html = ReportBuilder.build(Self.graph(), options: ReportOptions(language: language, includesMap: false)).html
        for pattern in ["<link", " src=", "@import", "url(", "http://", "//cdn"] {
            #expect(!html.contains(pattern), "\(pattern) in the \(language) page")
        }
        #expect(html.contains(language == .ar ? #"dir="rtl""# : #"dir="ltr""#))
    }

    @Test("withheld actors and their ties leave nothing", arguments: [Audience.public, .internal])
    func withheld(_ audience: Audience) {
        let html = ReportBuilder.build(Self.graph(), options: ReportOptions(language: .both, audience: audience)).html
        #expect(!html.lowercased().contains("zqc"))
        #expect(!html.contains("secret"))
    }
}
