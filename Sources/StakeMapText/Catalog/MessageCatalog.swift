import StakeMap
import StakeMapAnalysis

/// One language's words: every `Message`, every `Noun` in every plural category, the names of the
/// model's kinds, dates and list joining. Adding a language is adding a type that conforms.
///
/// Templates name their arguments in braces (`"{count} of {name}:"`); `Words` fills them and
/// isolates each argument whose direction differs from the language's.
public protocol MessageCatalog: Sendable {
    /// The catalog's language.
    var language: TextLanguage { get }
    /// The template of `message`.
    func template(_ message: Message) -> String
    /// The template of `message` agreeing with a count of `category` (a verb or adjective that
    /// agrees with a counted noun); by default the plain template.
    func template(_ message: Message, agreeingWith category: PluralCategory, feminine: Bool) -> String
    /// The template of a command's own message (notes, warnings, headings).
    func template(_ message: CommandMessage) -> String
    /// The template of a notice (errors about actor names, the omission notice, "wrote …" lines).
    func template(_ message: NoticeMessage) -> String
    /// A calendar quarter (1–4) of `year` ("2018-Q1", "الربع الأول 2018"); digits Western.
    func quarter(_ quarter: Int, of year: Int) -> String
    /// A participant's role at an event (`speaker`, `organizer` …) in words, agreeing with a
    /// woman when `feminine`; nil for a role outside the vocabulary (shown as typed).
    func role(_ role: String, feminine: Bool) -> String?
    /// The forms of `noun`.
    func noun(_ noun: Noun) -> CountedNoun
    /// The CLDR plural category of `n`.
    func pluralCategory(_ n: Int) -> PluralCategory
    /// An actor kind's name ("person", "شخص").
    func name(of kind: ActorKind) -> String
    /// A tie kind's name ("member of", "عضو في").
    func name(of kind: TieKind) -> String
    /// An event kind's name ("workshop", "ورشة عمل").
    func name(of kind: EventKind) -> String
    /// An audience's name ("public", "عام").
    func name(of audience: Audience) -> String
    /// A sensitivity's name ("restricted", "مقيّد").
    func name(of sensitivity: Sensitivity) -> String
    /// A stance's name (−2 … +2: "opponent" … "champion").
    func stanceName(_ stance: Int) -> String
    /// A label of the HTML report.
    func label(_ label: ReportLabel) -> String
    /// A tie kind written before the other end's name (a card's list of ties).
    func relation(_ kind: TieKind) -> String
    /// A mission target's status.
    func name(of status: TargetStatus) -> String
    /// A Gould–Fernandez brokerage role.
    func name(of role: BrokerageRole) -> String
    /// A severity as a heading of findings.
    func severityHeading(_ severity: GapSeverity) -> String
    /// A date in words; digits are Western here (`Words` applies the digit style).
    func date(_ date: PartialDate) -> String
    /// A date range in words ("12–13 November 2018").
    func span(_ span: DateSpan) -> String
    /// The arrow that points along the reading direction (" → ", " ← ").
    var arrow: String { get }
    /// The comma between items of a list (", ", "، ").
    var comma: String { get }
    /// Items joined as a list ("a, b and c"; "أ وب وج"); the items are already worded.
    func join(_ items: [String]) -> String
}

public extension MessageCatalog {
    /// The plain template.
    func template(_ message: Message, agreeingWith category: PluralCategory, feminine: Bool) -> String {
        template(message)
    }
}
