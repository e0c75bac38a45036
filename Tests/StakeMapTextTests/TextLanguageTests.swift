import Testing
import StakeMapText

@Suite("text languages")
struct TextLanguageTests {
    @Test func languagesAreNamedByTheirTags() {
        #expect(TextLanguage(rawValue: "ar") == .ar)
        #expect(TextLanguage.allCases.map(\.rawValue) == ["en", "ar"])
    }
}
