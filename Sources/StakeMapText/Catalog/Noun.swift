/// A counted noun every catalog declines by plural category ("3 meetings", "٣ لقاءات").
public enum Noun: String, Sendable, CaseIterable, Hashable {
    /// A meeting (لقاء).
    case meeting
    /// An actor (جهة).
    case actor
    /// A link drawn on a map (رابط).
    case link
    /// A step of distance (خطوة).
    case step
    /// A tie (علاقة).
    case tie
    /// An event (فعالية).
    case event
    /// A person present (حاضر).
    case present
    /// A source (مصدر).
    case source
    /// A node drawn on a map (عقدة).
    case node
    /// A row of a spreadsheet, or a line of a CSV file (صف).
    case row
}
