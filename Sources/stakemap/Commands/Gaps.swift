import ArgumentParser
import Foundation
import StakeMapAnalysis
import StakeMapText

/// `stakemap gaps G`: named gap detectors, each finding with severity, evidence and a suggestion.
struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Find where the network is thin: each gap with its severity, evidence (cited) and a next step.",
        discussion: """
        Detectors (run all, or some with --only):
          target-reach             targets never met, met by one member only, or unreachable
          broker-dependency        single actors whose loss cuts the home off from targets, splits \
        the coalition, or cuts it off from part of the network (articulation points; \
        Gould–Fernandez roles by kind as evidence)
          stale-contact            the last contact is older than --stale-after before today \
        (--as-of, else the file's as_of, else the real date)
          post-turnover            a post's holder changed after the last contact (to re-engage), \
        a holder left with no successor, or holder records are old
          isolated-member          members with no tie to any other member
          group-divide             groups (--group-by) with no ties between them, and who links them
          unreciprocated-advocacy  advocates-to with no meeting
          gender-lens              the share of women among the decision-makers met (persons with \
        influence ≥ 4 or holding a post)
          weak-evidence            reported/unverified ties on the warmest route to a target
          data-gap                 ties and events with no source; undated meetings

        A coalition is the home actor and its members (member-of, works-for, leads, represents, \
        transitively). Meetings are met ties and shared events. Only what --audience may see is \
        analysed, so nothing withheld can appear in a finding.

        Examples:
          stakemap gaps graphs/libya-wps.yaml --home lwa --targets stephanie-williams,beatrice-le-fraper,hilary-childs,lars-tummers
          stakemap gaps graphs/libya-wps.yaml --home lwa --targets tag:ambassador --format md
          stakemap gaps graphs/libya-wps.yaml --group-by kind --only group-divide
          stakemap gaps graphs/libya-wps.yaml --home lwa --targets tag:ambassador --lang ar
        """)

    @Argument(help: "The network file (.yaml, .graphml, .json, .csv).")
    var graph: String

    @Option(help: ArgumentHelp("The home actor: a coalition or organisation (id, name or alias).", valueName: "actor"))
    var home: String?

    @Option(help: ArgumentHelp("The targets: ids, names or selectors (tag:ambassador,kind:post+country:FR).", valueName: "selector"))
    var targets: String?

    @Option(help: ArgumentHelp("\"Today\" for staleness (default: the network's as_of, else the real date).", valueName: "date"))
    var asOf: String?

    @Option(help: "Group actors by region, kind, country, tag, gender or place for group-divide.")
    var groupBy: GroupAttribute = .region

    @Option(help: ArgumentHelp("A contact older than this before as_of is stale: e.g. 24m, 2y, 18.", valueName: "duration"))
    var staleAfter = "24m"

    @Option(help: ArgumentHelp("Run only these detectors, comma-separated.", valueName: "detectors"))
    var only: String?

    @Option(help: "Output format: table (a briefing), md, json or csv.")
    var format: OutputFormat = .table

    @OptionGroup var audience: AudienceOption
    @OptionGroup var time: TimeSliceOptions
    @OptionGroup var text: TextLanguageOptions

    func validate() throws {
        _ = try GapsArguments.months(staleAfter, option: "stale-after")
        _ = try parsePartialDate(asOf, option: "as-of")
        _ = try detectors()
        if let targets, targets.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--targets needs actors, e.g. --targets stephanie-williams,tag:ambassador")
        }
    }

    private func detectors() throws -> [any GapDetector] {
        guard let only else { return GapAnalysis.allDetectors }
        let names = GapAnalysis.allDetectors.map(\.name)
        var chosen = [any GapDetector]()
        for name in only.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let detector = GapAnalysis.allDetectors.first(where: { $0.name == name }) else {
                let hint = Suggestion.hint(for: name, in: names) ?? "detectors: \(names.joined(separator: ", "))"
                throw ValidationError("--only: unknown detector '\(name)'; \(hint)")
            }
            chosen.append(detector)
        }
        guard !chosen.isEmpty else { throw ValidationError("--only needs detector names") }
        return chosen
    }

    func run() throws {
        let loaded = try time.apply(to: loadGraph(graph))
        let audience = audience.audience
        let homeID = try home.map { try GapsArguments.home($0, in: loaded, audience: audience, words: text.words) }
        let targetIDs = try targets.map { try GapsArguments.targets($0, in: loaded, audience: audience, words: text.words) } ?? []
        let options = GapOptions(home: homeID, targets: targetIDs, asOf: try parsePartialDate(asOf, option: "as-of"),
                                 groupBy: groupBy, staleAfterMonths: try GapsArguments.months(staleAfter, option: "stale-after"))
        let context = GapContext(graph: loaded, audience: audience, options: options)
        TodayWarnings.print(context.graph, asOf: options.asOf, words: text.words)
        let findings = GapAnalysis.run(context, detectors: try detectors())
        let document = GapsDocument(findings: findings, words: GapWords(text.language, digits: text.digits, graph: context.graph), home: homeID,
                                    targets: targetIDs.isEmpty ? 0 : context.targets.count, asOf: context.asOf, audience: audience)
        switch format {
        case .json: print(try document.json(), terminator: "")
        case .csv: print(document.csv(), terminator: "")
        case .md: print(document.markdown(), terminator: "")
        case .table: print(document.text(), terminator: "")
        }
    }
}
