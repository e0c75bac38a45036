import ArgumentParser
import StakeMap
import StakeMapFormats

/// `stakemap add meeting|actor|tie FILE …`: records an entry in a network file in place.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a meeting, an actor or a tie in a network file, in place.",
        discussion: """
        The new entry goes at the end of its section of FILE (or of the file given with --into, \
        which FILE includes); every other line of the file stays exactly as it was. The whole \
        network is checked with the change before anything is written; on any problem nothing \
        changes. Actors are named by id or by any name or alias, in any language. A FILE that \
        does not exist yet is created.

        Examples:
          stakemap add actor net.yaml --kind person --name "Hanan Salah" --name-ar "حنان صالح" --country Libya
          stakemap add meeting net.yaml "حنان صالح" unsmil --date 2025-10-01 --place Tripoli
          stakemap add tie net.yaml hanan-salah works-for lwa --start 2019
        """,
        subcommands: [AddMeetingCommand.self, AddActorCommand.self, AddTieCommand.self])
}

/// `stakemap add meeting FILE A B [C …]`.
struct AddMeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Record a meeting: two participants make a 'met' tie, three or more (or --event-name) an event.")

    @OptionGroup var entry: AddEntryOptions
    @Argument(help: "The participants (ids or names, in any language).") var participants: [String]
    @Option(help: "When (YYYY-MM-DD, or a range A..B).") var date: String
    @OptionGroup var details: AddMeetingDetails
    @Option(help: "The event's name (makes an event).") var eventName: String?
    @Option(help: "Closeness 1–5 (a tie between two participants).") var strength: Int?

    func validate() throws {
        guard participants.count >= 2 else { throw ValidationError("a meeting needs at least two participants") }
        try checkRange(strength, 1...5, option: "strength")
    }

    func run() throws {
        let evidence = entry.evidence
        let record = MeetingRecord(
            participants: participants, date: try parseDateSpan(date, option: "date"), place: details.place,
            eventName: eventName.map { LocalizedText($0) }, outcome: details.outcome,
            followUp: try details.followUpDate(), note: evidence.note,
            sources: evidence.citations, sensitivity: try evidence.level(), strength: strength)
        try entry.record { records in try records.meeting(record) }
    }
}
