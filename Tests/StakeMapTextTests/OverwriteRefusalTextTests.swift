import Foundation
import Testing
import StakeMap
import StakeMapFormats
import StakeMapText

/// The refusal to write over an input (`InputGuard`), in both languages.
@Suite("overwrite refusal wording")
struct OverwriteRefusalTextTests {
    static let graph = Graph(actors: [Actor(id: "a", kind: .person, name: LocalizedText("A")),
                                      Actor(id: "b", kind: .person, name: LocalizedText("B"), sensitivity: .confidential)],
                             ties: [Tie(from: "a", to: "b", kind: .met)])
    static let omission = AudienceOmission(of: graph, for: .public)
    static let losses: [OverwriteLoss] = [.anotherKindOfDocument, .leavesOut(omission), .formatCannotHold, .anotherFormat, .readerWarned]

    @Test("in English, the line is the error SafeWriter throws, for every loss and both roles")
    func englishAsTheError() {
        for loss in Self.losses {
            for include in [nil, "parts/people.yaml"] {
                let refusal = OverwriteRefusal(path: "net.yaml", include: include, loss: loss)
                #expect(NoticeText.overwriteRefusal(refusal, words: Words(.en)) == refusal.error.diagnostics[0].description, "\(loss)")
            }
        }
    }

    @Test("in Arabic, the input, the include and every loss are said in Arabic; the files isolated")
    func arabic() {
        let words = Words(.ar)
        let input = NoticeText.overwriteRefusal(OverwriteRefusal(path: "net.yaml", include: nil, loss: .leavesOut(Self.omission)), words: words)
        #expect(input == "خطأ: رُفضت الكتابة فوق الملف \u{2068}net.yaml\u{2069}: إنه ملف الإدخال نفسه، والمُخرَج يحجب جهة واحدة "
                + "وعلاقة واحدة (الخيار \u{2068}--audience confidential\u{2069} يُبقيها)؛ لم يُكتب شيء، فاكتب إلى ملف آخر", "\(input)")
        let include = NoticeText.overwriteRefusal(OverwriteRefusal(path: "people.yaml", include: "parts/people.yaml", loss: .anotherFormat),
                                                  words: words)
        #expect(include.contains("إنه الملف \u{2068}parts/people.yaml\u{2069} الذي يضمّه ملف الإدخال، والمُخرَج بتنسيق آخر"), "\(include)")
        for loss in Self.losses {
            let line = NoticeText.overwriteRefusal(OverwriteRefusal(path: "net.yaml", include: nil, loss: loss), words: words)
            // Only the isolated file and option are in Latin letters.
            let latin = line.replacingOccurrences(of: "\u{2068}[^\u{2069}]*\u{2069}", with: "", options: .regularExpression)
            #expect(latin.range(of: "[A-Za-z]", options: .regularExpression) == nil, "\(line)")
        }
    }
}
