import ArgumentParser
import StakeMap
import StakeMapFormats

/// `stakemap add tie FILE FROM KIND TO …`.
struct AddTieCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tie",
        abstract: "Record a tie between two actors (named by id or by any name).")

    @Argument(help: "The network file.") var file: String
    @Argument(help: "The actor the tie starts from.") var from: String
    @Argument(help: "The kind: met, member-of, works-for, partners-with, supports, …") var kind: TieKind
    @Argument(help: "The actor the tie goes to.") var to: String
    @Option(help: "When (a date or a range A..B).") var date: String?
    @Option(help: "Since when (with --end for a period).") var start: String?
    @Option(help: "Until when.") var end: String?
    @Option(help: "Where.") var place: String?
    @Option(help: "Closeness 1–5.") var strength: Int = 1
    @Option(help: "How well established: confirmed, reported or unverified.") var confidence: String = "confirmed"
    @Option(help: "What came of a meeting.") var outcome: String?
    @Option(help: "When to follow up a meeting.") var followUp: String?
    @Option(help: "A custom field KEY=VALUE (repeatable).") var field: [String] = []
    @OptionGroup var evidence: AddEvidence
    @OptionGroup var target: AddTarget

    func validate() throws {
        try checkRange(strength, 1...5, option: "strength")
        if date != nil && (start != nil || end != nil) { throw ValidationError("give --date or --start/--end, not both") }
        if Confidence(rawValue: confidence) == nil { throw ValidationError("--confidence '\(confidence)' is not confirmed, reported or unverified") }
    }

    func run() throws {
        var details = Tie(from: "", to: "", kind: kind, date: try parseDateSpan(date, option: "date"), place: place,
                          strength: strength, confidence: Confidence(rawValue: confidence) ?? .confirmed,
                          sensitivity: try evidence.level(), outcome: outcome,
                          followUp: try parsePartialDate(followUp, option: "follow-up"), note: evidence.note,
                          sources: evidence.citations, fields: try parseFields(field))
        if let first = try parsePartialDate(start, option: "start") ?? parsePartialDate(end, option: "end") {
            let last = try parsePartialDate(end, option: "end") ?? first
            guard let span = DateSpan(start: first, end: last) else { throw ValidationError("--end is before --start") }
            details.date = span
            details.usesStartEnd = true
        }
        try recordChange(in: file, target: target) { records in try records.tie(from: from, kind, to: to, details: details) }
    }
}
