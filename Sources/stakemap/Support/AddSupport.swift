import ArgumentParser
import Foundation
import StakeMap
import StakeMapFormats
import StakeMapText

/// What every `add` subcommand starts with: the network FILE, the evidence and visibility of the
/// entry, and where it goes (`--into`, `--dry-run`).
struct AddEntryOptions: ParsableArguments {
    @Argument(help: "The network file.") var file: String
    @OptionGroup var evidence: AddEvidence
    @OptionGroup var target: AddTarget

    /// Builds the change with `build`, checks it with the whole network and writes it (or prints it).
    func record(_ build: (NetworkRecords) throws -> NetworkFileEditor.Change) throws {
        try recordChange(in: file, target: target, build)
    }
}

/// The details a meeting and a tie share: where, what came of it, when to follow up.
struct AddMeetingDetails: ParsableArguments {
    @Option(help: "Where.") var place: String?
    @Option(help: "What came of it.") var outcome: String?
    @Option(help: "When to follow up (a date).") var followUp: String?

    /// The follow-up date, or a usage error.
    func followUpDate() throws -> PartialDate? {
        try parsePartialDate(followUp, option: "follow-up")
    }
}

/// `--field KEY=VALUE` (repeatable), for the entries that carry custom fields.
struct AddFieldOptions: ParsableArguments {
    @Option(help: "A custom field KEY=VALUE (repeatable).") var field: [String] = []

    /// The fields, typed as the native reader types a plain value.
    func fields() throws -> [String: FieldValue] {
        try parseFields(field)
    }
}

/// The options every `add` subcommand shares: where the entry goes, and whether to write it.
struct AddTarget: ParsableArguments {
    @Option(help: "Write the entry into this file, which FILE includes (default: FILE itself).") var into: String?
    @Flag(help: "Print the lines that would be added; change nothing.") var dryRun = false
    @OptionGroup var text: TextLanguageOptions
}

/// The evidence and visibility options of an entry.
struct AddEvidence: ParsableArguments {
    @Option(help: "A note.") var note: String?
    @Option(help: "The evidence: SOURCE-ID or SOURCE-ID#locator (repeatable); an unknown id gets a bare source record.")
    var source: [String] = []
    @Option(help: "Who may see it: public, restricted or confidential.") var sensitivity: String = "public"

    /// The citations.
    var citations: [Citation] { source.map(Citation.init(parsing:)) }

    /// The sensitivity level, or a usage error.
    func level() throws -> Sensitivity {
        guard let level = Sensitivity(rawValue: sensitivity) else {
            throw ValidationError("--sensitivity '\(sensitivity)' is not public, restricted or confidential")
        }
        return level
    }
}

/// Loads FILE, builds a change with `build`, checks it with the whole network and writes it (or,
/// with `--dry-run`, prints it), printing every problem and exiting 1 on failure.
func recordChange(in file: String, target: AddTarget, _ build: (NetworkRecords) throws -> NetworkFileEditor.Change) throws {
    let editor = NetworkFileEditor(root: file, into: target.into)
    do {
        let records = NetworkRecords(graph: try editor.current())
        let change = try build(records)
        let plan = try editor.plan(change)
        if !target.dryRun { try editor.write(plan) }
        print(NoticeText.added(to: plan.target, dryRun: target.dryRun, words: target.text.words))
        for line in plan.addedLines { print("  " + line) }
    } catch let error as StakeMapError {
        if let failure = error.actorResolution {
            printError(ResolutionText.line(failure, words: target.text.words))
            throw ExitStatus.invalidInput
        }
        throw report(error)
    }
}

/// A date or date range option (`2025-10-01`, `2025-10-01..2025-10-02`).
func parseDateSpan(_ text: String?, option: String) throws -> DateSpan? {
    guard let text else { return nil }
    guard let span = DateSpan(parsing: text) else {
        throw ValidationError("--\(option) '\(text)' is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or a range A..B")
    }
    return span
}

/// A whole number option within `range`.
func checkRange(_ value: Int?, _ range: ClosedRange<Int>, option: String) throws {
    if let value, !range.contains(value) {
        throw ValidationError("--\(option) \(value) is out of range \(range.lowerBound)…\(range.upperBound)")
    }
}
