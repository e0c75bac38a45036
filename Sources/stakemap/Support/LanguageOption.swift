import ArgumentParser
import StakeMapRender
import StakeMapText

extension TextLanguage: ExpressibleByArgument {}
extension DigitStyle: ExpressibleByArgument {}

/// `--lang en|ar` and `--digits western|arabic-indic` for commands that print lines of text.
struct TextLanguageOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language of headings and messages: en or ar (names in the language where they exist).")
    var language: TextLanguage = .en

    @Option(help: "Digits in Arabic text: western (0-9, the default, as in Libya) or arabicIndic (٠-٩).")
    var digits: DigitStyle = .western

    /// The words for plain text.
    var words: Words { Words(language, digits: digits) }
}
