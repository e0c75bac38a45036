import Foundation
import StakeMap

/// The nouns the Arabic gap and plan wordings count, in every CLDR plural category (the form
/// where the noun is the subject or stands alone; a sentence that needs another case is worded
/// around it).
enum ArabicNoun: Sendable, CaseIterable {
    case gap, target, intermediary, year, month, meeting, actor, tie, event, woman, man, person, moreActors

    /// The forms of the noun.
    var forms: CountedNoun {
        switch self {
        case .gap: CountedNoun([.zero: "لا فجوات", .one: "فجوة واحدة", .two: "فجوتان", .few: "{n} فجوات", .many: "{n} فجوةً", .other: "{n} فجوة"],
                               feminine: true)
        case .target: CountedNoun([.zero: "لا أهداف", .one: "هدف واحد", .two: "هدفان", .few: "{n} أهداف", .many: "{n} هدفًا", .other: "{n} هدف"])
        case .intermediary:
            CountedNoun([.zero: "لا وسطاء", .one: "وسيط واحد", .two: "وسيطان", .few: "{n} وسطاء", .many: "{n} وسيطًا", .other: "{n} وسيط"])
        case .year: CountedNoun([.zero: "أقل من سنة", .one: "سنة واحدة", .two: "سنتان", .few: "{n} سنوات", .many: "{n} سنةً", .other: "{n} سنة"],
                                feminine: true)
        case .month: CountedNoun([.zero: "أقل من شهر", .one: "شهر واحد", .two: "شهران", .few: "{n} أشهر", .many: "{n} شهرًا", .other: "{n} شهر"])
        case .meeting: CountedNoun([.zero: "لا لقاءات", .one: "لقاء واحد", .two: "لقاءان", .few: "{n} لقاءات", .many: "{n} لقاءً", .other: "{n} لقاء"])
        case .actor: CountedNoun([.zero: "لا جهات", .one: "جهة واحدة", .two: "جهتان", .few: "{n} جهات", .many: "{n} جهةً", .other: "{n} جهة"],
                                 feminine: true)
        case .tie: CountedNoun([.zero: "لا علاقات", .one: "علاقة واحدة", .two: "علاقتان", .few: "{n} علاقات", .many: "{n} علاقةً", .other: "{n} علاقة"],
                               feminine: true)
        case .event: CountedNoun([.zero: "لا فعاليات", .one: "فعالية واحدة", .two: "فعاليتان", .few: "{n} فعاليات", .many: "{n} فعاليةً",
                                  .other: "{n} فعالية"], feminine: true)
        case .woman: CountedNoun([.zero: "لا نساء", .one: "امرأة واحدة", .two: "امرأتان", .few: "{n} نساء", .many: "{n} امرأةً", .other: "{n} امرأة"],
                                 feminine: true)
        case .man: CountedNoun([.zero: "لا رجال", .one: "رجل واحد", .two: "رجلان", .few: "{n} رجال", .many: "{n} رجلًا", .other: "{n} رجل"])
        case .person: CountedNoun([.zero: "لا أحد", .one: "شخص واحد", .two: "شخصان", .few: "{n} أشخاص", .many: "{n} شخصًا", .other: "{n} شخص"])
        case .moreActors: CountedNoun([.zero: "", .one: "جهة أخرى", .two: "جهتان أخريان", .few: "{n} جهات أخرى", .many: "{n} جهةً أخرى",
                                       .other: "{n} جهة أخرى"], feminine: true)
        }
    }
}

/// The shared means of the Arabic wordings: names isolated when their script is not Arabic,
/// dates with Arabic month names, lists joined with "و", counted nouns by plural category, and
/// digits in the chosen style. Everything is plain text with FSI…PDI isolates; the HTML and
/// Markdown documents turn the isolates into `<bdi>` (`Bidi.isolatesAsMarkup`).
struct ArabicPhrasing: Sendable {
    /// The words (Arabic, plain medium).
    let words: Words

    /// Arabic words with `digits`.
    init(digits: DigitStyle) {
        words = Words(.ar, digits: digits, medium: .plain)
    }

    /// A name, isolated when it is not all Arabic letters.
    func name(_ name: String) -> String { words.value(.name(name)) }

    /// An id, a citation or a code, always isolated.
    func code(_ code: String) -> String { words.value(.id(code)) }

    /// Names joined with "و".
    func list(_ names: [String]) -> String { words.list(names.map { .name($0) }) }

    /// Names, then "و٣ جهات أخرى" when `total` is more than those named.
    func some(_ names: [String], of total: Int) -> String {
        guard total > names.count else { return list(names) }
        return names.map(name).joined(separator: "، ") + " و" + count(total - names.count, .moreActors)
    }

    /// A date or range in words, isolated.
    func date(_ span: DateSpan) -> String { words.date(span) }

    /// A date in words, isolated.
    func date(_ date: PartialDate) -> String { words.date(DateSpan(date)) }

    /// A number in the digit style.
    func number(_ n: Int) -> String { words.digits.format(n) }

    /// `n` of `noun` in its plural category.
    func count(_ n: Int, _ noun: ArabicNoun) -> String {
        noun.forms.template(for: PluralCategory.arabic(n)).replacingOccurrences(of: "{n}", with: number(n))
    }

    /// A route read right to left: "أ ← ب ← ج".
    func route(_ names: [String]) -> String { names.map(name).joined(separator: words.catalog.arrow) }

    /// Citations between brackets, isolated as one left-to-right group ("⁨[seed-000#p6, seed-001#p2]⁩"),
    /// so that a line broken inside the group still reads in order.
    func citations(_ sources: [String]) -> String { code("[" + sources.joined(separator: ", ") + "]") }

    /// The age of `date` at `asOf` in whole years and months: "6 سنوات و9 أشهر".
    func age(of date: PartialDate, at asOf: PartialDate) -> String {
        let months = max(0, (asOf.lastDayNumber - date.lastDayNumber) * 12 / 365)
        return duration(months: months)
    }

    /// Months as years and months: "سنتان", "سنة واحدة و3 أشهر", "9 أشهر".
    func duration(months: Int) -> String {
        let (years, rest) = (months / 12, months % 12)
        if years == 0 { return count(rest, .month) }
        return rest == 0 ? count(years, .year) : count(years, .year) + " و" + count(rest, .month)
    }

    /// A decimal with two places ("1.50"), digits in the style.
    func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let text = "\(hundredths / 100).\(String(format: "%02d", abs(hundredths % 100)))"
        return words.value(.decimal(text))
    }

    /// A tie kind's name as the catalog words it ("عضو في").
    func tie(_ kind: TieKind) -> String { words.catalog.name(of: kind) }

    /// A confidence level: "منقولة" (reported), "غير مؤكَّدة" (unverified), "مؤكَّدة".
    func confidence(_ confidence: Confidence) -> String {
        switch confidence {
        case .confirmed: "مؤكَّدة"
        case .reported: "منقولة"
        case .unverified: "غير مؤكَّدة"
        }
    }

    /// A tie as a phrase: "لقاء بين أ وب", "علاقة «عضو في» من أ إلى ب".
    func tiePhrase(from: String, kind: TieKind, to: String) -> String {
        kind == .met ? "لقاء بين \(name(from)) و\(name(to))" : "علاقة «\(tie(kind))» من \(name(from)) إلى \(name(to))"
    }
}
