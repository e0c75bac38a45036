import ArgumentParser
import Foundation
import StakeMapAnalysis
import StakeMapText

/// What `plan --format` writes.
enum PlanFormat: String, ExpressibleByArgument, CaseIterable {
    /// A Markdown briefing.
    case md
    /// JSON in the stable shape.
    case json
    /// A self-contained HTML page.
    case html
    /// An RFC 5545 calendar of draft meetings.
    case ics
}

/// `stakemap plan G --home ID --targets SEL`: an advocacy-mission plan.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan an advocacy mission: per target its status and warmest path, the fewest intermediaries, an itinerary by place.",
        discussion: """
        Per target: met (the home met them: when, where, source), direct (a tie but no \
        meeting), reachable (through a member who met them, or a chain of relationships) or \
        unreachable, with the warmest introduction path (Yen's k best paths, 1/strength per \
        tie) and its evidence. A post is reached through its latest holder on record. Then the \
        fewest intermediaries that open every reachable target (greedy set cover, explained), \
        one proposed meeting per target grouped by place (the actor's place, else where they \
        last met, else the post's place, else the country — to confirm), and the gap findings \
        that concern the plan.

        --format md (a briefing), json, html (one self-contained page) or ics (one draft \
        VEVENT per meeting, STATUS:TENTATIVE, one place per day from --start). Only what \
        --audience may see is used: nothing withheld appears in any format.

        Examples:
          stakemap plan graphs/libya-wps.yaml --home lwa --targets tag:ambassador,stephanie-williams
          stakemap plan graphs/libya-wps.yaml --home lwa --targets tag:ambassador --places Tunis --format ics -o mission.ics
          stakemap plan graphs/libya-wps.yaml --home lwa --targets kind:post --format html -o plan.html --audience public
          stakemap plan graphs/libya-wps.yaml --home lwa --targets tag:ambassador --lang ar --format md
        """)

    @Argument(help: "The network file (.yaml, .graphml, .json, .csv).")
    var graph: String

    @Option(help: ArgumentHelp("The home actor (id, name or alias).", valueName: "actor"))
    var home: String

    @Option(help: ArgumentHelp("The targets: ids, names or selectors (tag:ambassador,kind:post+country:FR).", valueName: "selector"))
    var targets: String

    @Option(help: ArgumentHelp("At most this many meetings in the itinerary.", valueName: "n"))
    var maxMeetings: Int?

    @Option(help: ArgumentHelp("Only meetings at these places (place, country code or name), comma-separated.", valueName: "places"))
    var places: String?

    @Option(help: ArgumentHelp("\"Today\" (default: the network's as_of, else the real date).", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Contacts older than this are stale: e.g. 24m, 2y.", valueName: "duration"))
    var staleAfter = "24m"

    @Option(help: ArgumentHelp("First day of the calendar (ics; default: the day after today).", valueName: "date"))
    var start: String?

    @Option(help: "Output format: md, json, html or ics.")
    var format: PlanFormat = .md

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
    var output: String?

    @OptionGroup var audience: AudienceOption
    @OptionGroup var text: DocumentLanguageOptions

    func validate() throws {
        if let maxMeetings, maxMeetings < 1 { throw ValidationError("--max-meetings must be at least 1") }
        if placeList?.isEmpty == true { throw ValidationError("--places needs place names, e.g. --places Tunis,Tripoli") }
        if targets.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--targets needs actors") }
        _ = try GapsArguments.months(staleAfter, option: "stale-after")
        _ = try parsePartialDate(asOf, option: "as-of")
        _ = try parsePartialDate(start, option: "start")
        if text.choice == .both && (format == .json || format == .ics) {
            throw ValidationError("--lang both puts the Arabic plan under the English one in --format md and html; "
                                  + "json and ics take one language: use --lang en or --lang ar")
        }
    }

    private var placeList: [String]? {
        places.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    func run() throws {
        let loaded = try loadGraph(graph)
        let audience = audience.audience
        let homeID = try GapsArguments.home(home, in: loaded, audience: audience, words: self.text.words)
        let targetIDs = try GapsArguments.targets(targets, in: loaded, audience: audience, words: self.text.words)
        let asOfDate = try parsePartialDate(asOf, option: "as-of")
        let options = MissionPlanOptions(home: homeID, targets: targetIDs, maxMeetings: maxMeetings, places: placeList,
                                         asOf: asOfDate, staleAfterMonths: try GapsArguments.months(staleAfter, option: "stale-after"))
        let plan = MissionPlanner.plan(loaded, audience: audience, options: options)
        let visible = loaded.visible(to: audience)
        TodayWarnings.print(visible, asOf: asOfDate, words: self.text.words)
        let languages = self.text.languages.map { PlanWords($0, digits: self.text.digits, graph: visible) }
        let words = languages[0]
        if output != nil { announceOmission(of: loaded, visible: visible, audience: audience, words: self.text.words) }
        let text: String
        switch format {
        case .md: text = PlanMarkdown.render(plan, words: languages, audience: audience)
        case .json: text = try PlanJSON(plan, words: words).text()
        case .html: text = languages.count == 1 ? PlanHTML.render(plan, words: words, audience: audience)
            : PlanHTML.render(plan, words: languages, audience: audience)
        case .ics:
            let start = try parsePartialDate(start, option: "start")
            text = PlanCalendar.render(plan, words: words, startDay: PlanCalendar.startDay(start, plan: plan))
        }
        guard let output, output != "-" else {
            // Data like any -o -: exact into a pipe, escaped on a terminal; no newline added after
            // the calendar's final CRLF.
            printData(text)
            return
        }
        do {
            try emit(text, to: output, words: self.text.words)
        } catch let error as StakeMapError {
            throw report(error)
        }
    }
}
