import Foundation
import Testing

/// The report's "network over time" section names its periods in Arabic words in an Arabic
/// report (`الربع الأول 2024`, not `2024-Q1`), and in both languages with `--lang both`.
@Suite("Report periods in Arabic")
struct ReportArabicPeriodsTests {
    /// Ties over eighteen months: the section counts by quarter.
    static let network = """
        stakemap: 1
        actors:
          - {id: a, kind: organization, name: {en: Alpha, ar: ألفا}}
          - {id: b, kind: organization, name: {en: Beta, ar: بيتا}}
          - {id: c, kind: person, name: {en: Carla, ar: كارلا}}
        ties:
          - {from: a, to: b, kind: met, date: 2024-02-10}
          - {from: b, to: c, kind: met, date: 2024-08-01}
          - {from: a, to: c, kind: partners-with, date: 2025-05-20}
        """

    private func historySection(_ language: String) throws -> String {
        let scratch = Scratch()
        let input = scratch.write("net.yaml", Self.network)
        let output = scratch.path("report.html")
        let result = try StakeMapBinary.run(["report", input, "-o", output, "--lang", language])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        let start = try #require(html.range(of: "id=\"over-time\""))
        let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex)?.lowerBound ?? html.endIndex
        return String(html[start.lowerBound..<end])
    }

    @Test("an Arabic report words its quarters in Arabic")
    func arabicQuarters() throws {
        let section = try historySection("ar")
        #expect(section.contains("الربع الأول"), "\(section.prefix(2000))")
        #expect(section.contains("الربع الثاني"))
        // The raw label stays only as data for the page's script, never as text.
        let visible = section.replacingOccurrences(of: #"data-period="[^"]*""#, with: "", options: .regularExpression)
        #expect(!visible.contains("-Q"), "\(visible.prefix(2000))")
    }

    @Test("an English report keeps the compact labels; --lang both gives both")
    func englishAndBoth() throws {
        #expect(try historySection("en").contains(">2024-Q1<"))
        let both = try historySection("both")
        #expect(both.contains("2024-Q1"))
        #expect(both.contains("الربع الأول"))
    }
}
