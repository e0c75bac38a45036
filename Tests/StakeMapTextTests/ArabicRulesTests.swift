import Foundation
import Testing
import StakeMap
import StakeMapText

/// The language rules of the text layer, against CLDR and written Arabic.
@Suite("Arabic rules: plurals, agreement, dates, lists, digits, isolation")
struct ArabicRulesTests {
    /// CLDR's Arabic plural rules (cldr/common/supplemental/plurals.xml), sample numbers included.
    @Test("CLDR Arabic plural categories", arguments: [
        (0, PluralCategory.zero), (1, .one), (2, .two), (3, .few), (10, .few), (11, .many), (26, .many), (99, .many),
        (100, .other), (101, .other), (102, .other), (103, .few), (110, .few), (111, .many), (1000, .other), (1_011, .many),
    ])
    func arabicPlurals(_ n: Int, _ category: PluralCategory) {
        #expect(PluralCategory.arabic(n) == category)
    }

    @Test("English has one and other")
    func englishPlurals() {
        #expect([0, 1, 2, 11].map(PluralCategory.english) == [.other, .one, .other, .other])
    }

    @Test("counted nouns take the form of their category", arguments: [
        (1, "لقاء واحد"), (2, "لقاءان"), (3, "3 لقاءات"), (10, "10 لقاءات"), (11, "11 لقاءً"), (99, "99 لقاءً"), (100, "100 لقاء"), (0, "لا لقاءات"),
    ])
    func arabicCounts(_ n: Int, _ expected: String) {
        #expect(Words(.ar).count(n, .meeting) == expected)
    }

    @Test("the examples of the issue: اجتماعان، ٣ اجتماعات، ١١ اجتماعًا (Arabic-Indic digits on request)")
    func meetingsWithArabicIndicDigits() {
        let noun = CountedNoun([.one: "اجتماع واحد", .two: "اجتماعان", .few: "{n} اجتماعات", .many: "{n} اجتماعًا", .other: "{n} اجتماع"])
        let digits = DigitStyle.arabicIndic
        func say(_ n: Int) -> String { noun.template(for: .arabic(n)).replacingOccurrences(of: "{n}", with: digits.format(n)) }
        #expect([2, 3, 11, 100].map(say) == ["اجتماعان", "٣ اجتماعات", "١١ اجتماعًا", "١٠٠ اجتماع"])
        #expect(Words(.ar, digits: .arabicIndic).count(3, .actor) == "٣ جهات")
        #expect(Words(.ar).count(3, .actor) == "3 جهات")
    }

    @Test("English counts")
    func englishCounts() {
        #expect(Words(.en).count(1, .meeting) == "1 meeting" && Words(.en).count(2, .link) == "2 links")
    }

    @Test("the verb agrees with the counted noun (gender and number)", arguments: [
        (1, "سُجّل لقاء واحد في سجلّ معا نبنيها:"), (2, "سُجّل لقاءان في سجلّ معا نبنيها:"),
        (3, "سُجّلت 3 لقاءات في سجلّ معا نبنيها:"), (11, "سُجّل 11 لقاءً في سجلّ معا نبنيها:"),
        (100, "سُجّل 100 لقاء في سجلّ معا نبنيها:"),
    ])
    func agreement(_ n: Int, _ expected: String) {
        #expect(Words(.ar)(.meetingsOf, agreeing: "count", ["count": .count(n, .meeting), "name": .name("معا نبنيها")]) == expected)
    }

    @Test("a feminine counted noun takes a feminine verb")
    func feminineAgreement() {
        let text = Words(.ar)(.meetingsOf, agreeing: "count", ["count": .count(1, .event), "name": .name("معا نبنيها")])
        #expect(text == "سُجّلت فعالية واحدة في سجلّ معا نبنيها:")
    }

    @Test("Arabic month names for partial dates and ranges", arguments: [
        ("2018", "2018"), ("2018-09", "سبتمبر 2018"), ("2018-09-15", "15 سبتمبر 2018"),
        ("2018-11-12..2018-11-13", "12–13 نوفمبر 2018"), ("2024-10-30..2024-11-02", "من 30 أكتوبر 2024 إلى 2 نوفمبر 2024"),
    ])
    func arabicDates(_ text: String, _ expected: String) throws {
        let span = try #require(DateSpan(parsing: text))
        #expect(Words(.ar).date(span) == Bidi.firstStrongIsolate + expected + Bidi.popIsolate)
        #expect(Words(.en).date(span) == text)
    }

    @Test("lists are joined with و (attached) and with 'and'", arguments: [
        ([String](), "", ""), (["أ"], "أ", "أ"), (["أ", "ب"], "أ وب", "أ and ب"), (["أ", "ب", "ج"], "أ، ب وج", "أ, ب and ج"),
    ])
    func lists(_ items: [String], _ arabic: String, _ english: String) {
        #expect(ArabicCatalog().join(items) == arabic)
        #expect(EnglishCatalog().join(items) == english)
    }

    @Test("a signed number in Arabic carries CLDR's mark before its sign; English and unsigned numbers none")
    func signedNumbers() {
        let western = Words(.ar), indic = Words(.ar, digits: .arabicIndic), english = Words(.en)
        #expect(western.number("-2") == "\u{200E}-2")
        #expect(western.number("+3") == "\u{200E}+3")
        #expect(western.number("-0.0417") == "\u{200E}-0.0417")
        #expect(western.number("12") == "12")
        #expect(indic.number("-2") == "\u{061C}-٢")
        #expect(indic.number("0.125") == "٠٫١٢٥")
        #expect(english.number("-2") == "-2")
        #expect(western.value(.number(-2)) == "\u{200E}-2")
        #expect(western.value(.decimal("-1.5")) == "\u{200E}-1.5")
        // A date's hyphens are not signs.
        #expect(western.number("2025-10") == "2025-10")
    }

    @Test("ids, citations, dates and Latin names are isolated inside Arabic; Arabic names are not")
    func isolation() {
        let words = Words(.ar)
        let (fsi, pdi) = (Bidi.firstStrongIsolate, Bidi.popIsolate)
        #expect(words.value(.id("lwa")) == fsi + "lwa" + pdi)
        #expect(words.value(.citation("seed-000#p5")) == fsi + "seed-000#p5" + pdi)
        #expect(words.value(.name("Together We Build It")) == fsi + "Together We Build It" + pdi)
        #expect(words.value(.name("معا نبنيها")) == "معا نبنيها")
        #expect(Words(.en).value(.name("معا نبنيها")) == fsi + "معا نبنيها" + pdi)
        #expect(Words(.en).value(.id("lwa")) == "lwa")
        #expect(Words(.ar, medium: .html).value(.name("A<b>")) == "<bdi>A&lt;b&gt;</bdi>")
        #expect(Words(.ar, medium: .markdown).value(.id("lwa")) == "<bdi>lwa</bdi>")
        #expect(Bidi.rightToLeftBlock("نص") == "<div dir=\"rtl\">\n\nنص\n\n</div>")
        let list = words.list([.name("معا نبنيها"), .name("UNSMIL")])
        #expect(list == "معا نبنيها و" + fsi + "UNSMIL" + pdi)
    }

    @Test("every message and noun is worded in every catalog, and the Arabic words have no Latin letter")
    func catalogsAreComplete() {
        for language in TextLanguage.allCases {
            let catalog = language.catalog
            for message in Message.allCases { #expect(!catalog.template(message).isEmpty, "\(language) \(message)") }
            for noun in Noun.allCases {
                for category in PluralCategory.allCases { #expect(!catalog.noun(noun).template(for: category).isEmpty) }
            }
        }
        let arabic = ArabicCatalog()
        var texts = Message.allCases.map(arabic.template) + ArabicCatalog.months
        texts += Noun.allCases.flatMap { noun in PluralCategory.allCases.map { arabic.noun(noun).template(for: $0) } }
        texts += ActorKind.allCases.map(arabic.name(of:)) + TieKind.allCases.map(arabic.name(of:)) + EventKind.allCases.map(arabic.name(of:))
        texts += Audience.allCases.map(arabic.name(of:)) + Sensitivity.allCases.map(arabic.name(of:)) + (-2...2).map(arabic.stanceName)
        for text in texts {
            let withoutPlaceholders = text.replacingOccurrences(of: #"\{[A-Za-z]+\}"#, with: "", options: .regularExpression)
            #expect(!withoutPlaceholders.contains { $0.isASCII && $0.isLetter }, "\(text)")
        }
    }
}
