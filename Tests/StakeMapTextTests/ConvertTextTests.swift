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
}
