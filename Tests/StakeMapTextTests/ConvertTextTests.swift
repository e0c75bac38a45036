import Foundation
import Testing
import StakeMap
import StakeMapFormats
import StakeMapText

/// `convert`'s warning of what a format cannot hold, in both languages.
@Suite("convert wording")
struct ConvertTextTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func network(_ name: String) throws -> Graph {
        try NativeReader().read(path: repository.appendingPathComponent("graphs/\(name)").path).graph
    }

    @Test("in English, the line is the warning FormatCapabilities gives, for every format and network",
          arguments: ["libya-wps.yaml", "wps-all.yaml", "yemen-marib.yaml"])
    func englishAsTheWarning(network: String) throws {
        let graph = try Self.network(network)
        for format in GraphFormat.writable {
            let warning = FormatCapabilities.lossWarning(for: graph, in: format)
            let loss = FormatCapabilities.loss(of: graph, in: format)
            #expect((warning == nil) == (loss == nil), "\(format)")
            if let warning, let loss {
                #expect(ConvertText.lossLine(loss, words: Words(.en)) == warning.description, "\(format)")
                #expect(ConvertText.lossWarning(loss, words: Words(.en)) == warning, "\(format)")
            }
        }
    }

    @Test("in Arabic, every field is named in Arabic, with where it is; formats and keys isolated")
    func arabic() throws {
        let graph = try Self.network("wps-all.yaml")
        let words = Words(.ar)
        let popolo = try #require(FormatCapabilities.loss(of: graph, in: .popolo))
        let line = ConvertText.lossLine(popolo, words: words)
        #expect(line.hasPrefix("تحذير: لا يتّسع تنسيق \u{2068}Popolo JSON\u{2069} لما يلي: عنوان الشبكة"), "\(line)")
        #expect(line.contains("الوسوم في الجهات"), "\(line)")
        #expect(line.contains("نوع العلاقة") || line.contains("النوع في العلاقات"), "\(line)")
        #expect(line.contains("لا يُكتب من أنواع العلاقات إلا «عضو في»"), "\(line)")
        #expect(line.hasSuffix("احفظوا بصيغة ⁨.yaml⁩ أو ⁨.json⁩ أو ⁨.graphml⁩ ليبقى كل شيء"), "\(line)")
        let kumu = try #require(FormatCapabilities.loss(of: graph, in: .kumuJSON))
        let kumuLine = ConvertText.lossLine(kumu, words: Words(.ar, digits: .arabicIndic))
        #expect(kumuLine.contains("الفعاليات (\(DigitStyle.arabicIndic.format(graph.events.count))، مع المشاركين فيها)"), "\(kumuLine)")
        #expect(kumuLine.contains("السجلات في المصادر: تبقى الإحالات"), "\(kumuLine)")
        // Outside the isolated format names and file extensions, no Latin letter.
        for text in [line, kumuLine] {
            let bare = text.replacingOccurrences(of: #"\u{2068}[^\u{2069}]*\u{2069}|\u{2066}[^\u{2069}]*\u{2069}"#, with: "", options: .regularExpression)
            #expect(!bare.unicodeScalars.contains { $0.isASCII && CharacterSet.letters.contains($0) }, "\(bare)")
        }
    }

    static let drops = (0..<7).map { RestatedTies.Drop(tie: "a\($0)→b", value: "weight 2, strength 2", kept: "weight 4, strength 4") }

    @Test("ties stated twice: in English, the line is the warning's description, whatever was dropped")
    func restatedEnglish() {
        for restated in [RestatedTies(dropped: Array(Self.drops.prefix(2)), weakerDropped: 0, sensitivities: 0),
                         RestatedTies(dropped: Self.drops, weakerDropped: 3, sensitivities: 2),
                         RestatedTies(dropped: [], weakerDropped: 0, sensitivities: 4)] {
            #expect(ConvertText.restatedLine(restated, words: Words(.en)) == restated.warning.description)
        }
    }

    @Test("ties stated twice: in Arabic, the values named as the file writes them, isolated, and why in Arabic")
    func restatedArabic() {
        let line = ConvertText.restatedLine(RestatedTies(dropped: Self.drops, weakerDropped: 3, sensitivities: 2), words: Words(.ar))
        #expect(line.hasPrefix("تحذير: أُسقطت قيمٌ من علاقات ذُكرت مرتين بقيمتين مختلفتين، عددها 7 ("), "\(line)")
        #expect(line.contains("\u{2068}a0→b\u{2069}: \u{2068}weight 2, strength 2\u{2069} (وبقي \u{2068}weight 4, strength 4\u{2069})"), "\(line)")
        #expect(!line.contains("a5→b"), "five values are named, then …: \(line)")
        #expect(line.contains("فتختلف عندئذ أزواجٌ عددها 3"), "\(line)")
        #expect(line.contains("والعلاقات المذكورة بدرجتي حساسية، وعددها 2، تأخذ الدرجة الأشد"), "\(line)")
        let latin = line.replacingOccurrences(of: "\u{2068}[^\u{2069}]*\u{2069}", with: "", options: .regularExpression)
        #expect(latin.range(of: "[A-Za-z]", options: .regularExpression) == nil, "\(line)")
        let digits = ConvertText.restatedLine(RestatedTies(dropped: [], weakerDropped: 0, sensitivities: 4), words: Words(.ar, digits: .arabicIndic))
        #expect(digits.contains("عددها ٤"), "\(digits)")
    }
}
