import ArgumentParser
import StakeMapRender
import StakeMapText

extension TextLanguage: ExpressibleByArgument {}
extension DigitStyle: ExpressibleByArgument {}

/// What `--lang` may say: a language, or `both` (English and Arabic in one document).
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case en, ar, both
}

/// `--lang en|ar` and `--digits western|arabic-indic` for commands that print lines of text.
/// `--lang both` is refused with what it is for (documents: render, report, plan md and html),
/// rather than the parser's bare "invalid value".
struct TextLanguageOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language of headings and messages: en or ar (names in the language where they exist).")
    var choice: LanguageChoice = .en

    @Option(help: "Digits in Arabic text: western (0-9, the default, as in Libya) or arabicIndic (٠-٩).")
    var digits: DigitStyle = .western

    func validate() throws {
        if choice == .both { throw ValidationError(Self.bothRefused) }
    }

    /// Why `--lang both` is refused for lines of text.
    static let bothRefused = "--lang both puts Arabic under English in documents (render, report, plan --format md|html); "
        + "this output is lines of text: use --lang en or --lang ar"

    /// The language (`both` never gets here).
    var language: TextLanguage { choice == .ar ? .ar : .en }

    /// The words for plain text.
    var words: Words { Words(language, digits: digits) }
}

/// `--lang en|ar|both` and `--digits` for `plan`: `both` puts the Arabic plan under the English
/// one in Markdown and HTML; JSON and the calendar take one language.
struct DocumentLanguageOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language of the plan: en, ar, or both (md and html: the Arabic under the English).")
    var choice: LanguageChoice = .en

    @Option(help: "Digits in Arabic text: western (0-9, the default, as in Libya) or arabicIndic (٠-٩).")
    var digits: DigitStyle = .western

    /// The languages of the document, in order.
    var languages: [TextLanguage] { choice == .both ? [.en, .ar] : [choice == .ar ? .ar : .en] }

    /// The language of the command's own lines (English under `both`).
    var language: TextLanguage { choice == .ar ? .ar : .en }

    /// The words for the command's own lines.
    var words: Words { Words(language, digits: digits) }
}
