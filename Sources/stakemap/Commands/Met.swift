import ArgumentParser
import Foundation
import StakeMapAnalysis
import StakeMapText

/// `stakemap met G A [B]`: who met whom, with when, where, the event and the sources.
struct MetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "met",
        abstract: "Who met whom: every meeting of an actor (or of two actors), with its evidence.",
        discussion: """
        Meetings are direct 'met' ties and co-participation in events. Each row gives the date, \
        place, event, the roles and who else was in the room, the outcome, the follow-up date and \
        the sources. Actors are named by id or by any name or alias, in any language.

        Partial dates compare by the period they cover: --since 2018 keeps meetings that end in \
        2018 or later; --until 2018-09 keeps those that start by the end of September 2018.

        Examples:
          stakemap met graphs/libya-wps.yaml twbi
          stakemap met graphs/libya-wps.yaml "معا نبنيها" stephanie-williams
          stakemap met graphs/libya-wps.yaml lwa --through-members --since 2018
          stakemap met graphs/libya-wps.yaml unsmil --via events --kind workshop --format json
        """)

    @Argument(help: "The network.") var graph: String
    @Argument(help: "The actor (id, name or alias).") var actor: String
    @Argument(help: "Only meetings with this actor.") var other: String?

    @Option(help: "Meetings that end on or after this date (YYYY, YYYY-MM, YYYY-MM-DD).") var since: String?
    @Option(help: "Meetings that start on or before this date.") var until: String?
    @Option(help: "Place contains this text (case- and accent-insensitive).") var place: String?
    @Option(help: "Only events of this kind: meeting, workshop, consultation, conference, campaign, training, other.") var kind: EventKind?
    @Option(help: "Where meetings come from: ties, events or both.") var via: MeetingQuery.Source = .both
    @Flag(help: "Also count meetings of the actor's members (members speak for their coalition).") var throughMembers = false
    @Option(help: "Undated meetings under --since/--until: exclude (default; their number is reported) or include.") var undated: UndatedMeetings = .exclude
    @Option(help: "Output: table, json, csv or md.") var format: OutputFormat = .table
    @OptionGroup var audience: AudienceOption
    @OptionGroup var text: TextLanguageOptions

    func run() throws {
        let graph = try loadGraph(self.graph)
        let actor = try resolveActor(self.actor, in: graph, audience: audience.audience, words: text.words)
        let other = try self.other.map { try resolveActor($0, in: graph, audience: audience.audience, words: text.words) }
        let query = MeetingQuery(since: try parsePartialDate(since, option: "since"), until: try parsePartialDate(until, option: "until"),
                                 place: place, eventKind: kind, via: via, throughMembers: throughMembers, audience: audience.audience,
                                 includeUndated: undated == .include)
        let meetings = graph.meetings(of: actor.id, with: other?.id, query: query)
        let leftOut = graph.undatedMeetingsLeftOut(of: actor.id, with: other?.id, query: query)
        if leftOut > 0 {
            printError(text.words(one: .undatedLeftOutOne, other: .undatedLeftOut, number: leftOut))
        }
        if format == .json {
            print(jsonText([
                "actor": actor.id,
                "meetings": meetings.map { meeting -> [String: Any] in
                    var row: [String: Any] = [
                        "with": meeting.with, "date": jsonValue(meeting.date?.description), "place": jsonValue(meeting.place),
                        "event": jsonValue(meeting.event), "sources": meeting.sources.map(\.description),
                        "co_participants": meeting.coParticipants,
                    ]
                    if meeting.actor != actor.id { row["member"] = meeting.actor }
                    if let role = meeting.role { row["role"] = role }
                    if let role = meeting.withRole { row["with_role"] = role }
                    if let behalf = meeting.onBehalfOf { row["on_behalf_of"] = behalf }
                    if let outcome = meeting.outcome { row["outcome"] = outcome }
                    if let followUp = meeting.followUp { row["follow_up"] = followUp.description }
                    return row
                },
            ]))
            return
        }
        let words = text.words, lang = text.language.rawValue
        func name(_ id: String) -> String { graph.actor(withID: id)?.displayName(in: lang) ?? id }
        var arguments: [String: TextValue] = ["name": .name(actor.displayName(in: lang)), "count": .count(meetings.count, .meeting)]
        if let other { arguments["other"] = .name(other.displayName(in: lang)) }
        if meetings.isEmpty {
            print(words(other == nil ? .noMeetings : .noMeetingsPair, arguments))
            return
        }
        let showMember = meetings.contains { $0.actor != actor.id }
        var headers = [Message.date, .with, .place, .event, .othersPresent, .outcome, .sources].map { words($0) }
        if showMember { headers.insert(words(.member), at: 1) }
        let rows = meetings.map { meeting -> [String] in
            let event = meeting.event.map { id in graph.event(withID: id)?.displayName(in: lang) ?? id } ?? words(.direct)
            let others = meeting.coParticipants.count > 3
                ? meeting.coParticipants.prefix(3).map(name).joined(separator: words.catalog.comma) + " +" + words.digits.format(meeting.coParticipants.count - 3)
                : meeting.coParticipants.map(name).joined(separator: words.catalog.comma)
            var outcome = meeting.outcome ?? ""
            if let followUp = meeting.followUp {
                outcome += (outcome.isEmpty ? "" : "; ") + words(.followUp, ["date": .date(DateSpan(followUp))])
            }
            var row = [meeting.date.map(words.dateText) ?? words(.undated),
                       name(meeting.with) + (meeting.withRole.map { " (" + words.role($0, feminine: graph.actor(withID: meeting.with)?.gender == .woman) + ")" } ?? ""),
                       meeting.place ?? "", event, others, outcome, meeting.sources.map(\.description).joined(separator: " ")]
            if showMember { row.insert(name(meeting.actor), at: 1) }
            return row
        }
        if format == .table {
            print(words(other == nil ? .meetingsOf : .meetingsOfPair, agreeing: "count", arguments) + "\n")
        }
        print(Table(headers: headers, rows: rows).render(format), terminator: "")
    }
}

extension MeetingQuery.Source: ExpressibleByArgument {}

/// What `met --since/--until` does with undated meetings.
enum UndatedMeetings: String, ExpressibleByArgument, CaseIterable {
    /// Leave them out (their number is reported on standard error).
    case exclude
    /// Keep them.
    case include
}
extension EventKind: ExpressibleByArgument {}
