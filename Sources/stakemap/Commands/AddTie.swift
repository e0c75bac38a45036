import ArgumentParser
import StakeMap
import StakeMapFormats

/// `stakemap add tie FILE FROM KIND TO …`.
struct AddTieCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tie",
        abstract: "Record a tie between two actors (named by id or by any name).")

    @OptionGroup var entry: AddEntryOptions
    @Argument(help: "The actor the tie starts from.") var from: String
    @Argument(help: "The kind: met, member-of, works-for, partners-with, supports, …") var kind: TieKind
    @Argument(help: "The actor the tie goes to.") var to: String
    @Option(help: "When (a date or a range A..B).") var date: String?
    @Option(help: "Since when (with --end for a period).") var start: String?
    @Option(help: "Until when.") var end: String?
    @OptionGroup var details: AddMeetingDetails
    @Option(help: "Closeness 1–5.") var strength: Int = 1
    @Option(help: "How well established: confirmed, reported or unverified.") var confidence: String = "confirmed"
    @OptionGroup var fields: AddFieldOptions

    func validate() throws {
        try checkRange(strength, 1...5, option: "strength")
        if date != nil && (start != nil || end != nil) { throw ValidationError("give --date or --start/--end, not both") }
        if Confidence(rawValue: confidence) == nil { throw ValidationError("--confidence '\(confidence)' is not confirmed, reported or unverified") }
    }

    func run() throws {
        let evidence = entry.evidence
        var tie = Tie(from: "", to: "", kind: kind, date: try parseDateSpan(date, option: "date"), place: details.place,
                      strength: strength, confidence: Confidence(rawValue: confidence) ?? .confirmed,
                      sensitivity: try evidence.level(), outcome: details.outcome,
                      followUp: try details.followUpDate(), note: evidence.note,
                      sources: evidence.citations, fields: try fields.fields())
        if let first = try parsePartialDate(start, option: "start") ?? parsePartialDate(end, option: "end") {
            let last = try parsePartialDate(end, option: "end") ?? first
            guard let span = DateSpan(start: first, end: last) else { throw ValidationError("--end is before --start") }
            tie.date = span
            tie.usesStartEnd = true
        }
        try entry.record { records in try records.tie(from: from, kind, to: to, details: tie) }
    }
}
