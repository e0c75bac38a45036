import ArgumentParser
import Foundation
import StakeMapReport
import StakeMapRender
import StakeMapText

extension ReportLanguage: ExpressibleByArgument {}

/// `stakemap report G -o report.html`: one self-contained page to share.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML page: map, actor table, gaps, mission plan and timeline.",
        discussion: """
        The page needs no network to open (styles and script are inline), so it can be e-mailed. \
        It has the coalition map (drag to pan, scroll to zoom, click an actor for its card: \
        names in both languages, kind, tags, ties, meetings, sources), a searchable, sortable \
        table of actors with degree, betweenness, PageRank, Louvain community, Gould–Fernandez \
        brokerage role and Burt's constraint (unweighted unless --weighted, the rule of \
        centrality: PageRank equals networkx pagerank(G, weight=None)), the gap findings, the mission plan (with --home \
        and --targets) and the timeline of meetings and events.

        Only what --audience may see is in the page: withheld actors, ties, events and sources \
        leave no name, alias, note, id or count behind. Check with `stakemap audit` what each \
        audience would see before sharing.

        Examples:
          stakemap report graphs/libya-wps.yaml -o libya.html
          stakemap report graphs/libya-wps.yaml -o libya-ar.html --lang ar --audience public
          stakemap report graphs/libya-wps.yaml -o mission.html --home lwa --targets tag:ambassador,stephanie-williams
        """)

    @Argument(help: "The network file (.yaml, .graphml, .json, .csv).")
    var graph: String

    @Option(name: [.short, .long], help: ArgumentHelp("The page to write (.html), or '-' for standard output.", valueName: "file"))
    var output: String

    @Option(help: "Language of the page and the map labels: en, ar (right to left) or both.")
    var lang: ReportLanguage = .en

    @Option(help: ArgumentHelp("The home actor for the gaps and the plan (id, name or alias).", valueName: "actor"))
    var home: String?

    @Option(help: ArgumentHelp("The mission's targets: ids, names or selectors (tag:ambassador,kind:post).", valueName: "selector"))
    var targets: String?

    @Option(help: ArgumentHelp("\"Today\" for staleness (default: the network's as_of).", valueName: "date"))
    var asOf: String?

    @Option(help: "The title over the page (default: the network's title).")
    var title: String?

    @Flag(help: "Use tie strength for degree, betweenness and PageRank (as centrality --weighted); unweighted by default.")
    var weighted = false

    @Flag(help: "Leave the map out (no Graphviz needed).")
    var noMap = false

    @OptionGroup var audience: AudienceOption
    @OptionGroup var time: TimeSliceOptions

    /// The words of the command's own lines: Arabic under `--lang ar`, else English.
    var words: Words { Words(lang == .ar ? .ar : .en) }

    func validate() throws {
        _ = try parsePartialDate(asOf, option: "as-of")
        if targets != nil && home == nil { throw ValidationError("--targets needs --home: the plan starts from a home actor") }
        if let targets, targets.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--targets needs actors") }
        let ext = (output as NSString).pathExtension.lowercased()
        if output != "-" && !["html", "htm"].contains(ext) {
            throw ValidationError("the report is an HTML page; write to a file ending in .html (or '-' for standard output)")
        }
    }

    func run() throws {
        // Graphviz's checks and warm-up for the map run while the network loads and is analysed.
        let preparation = noMap ? nil : RenderEnvironment.prepare()
        defer { _ = try? preparation?.finish() }
        let loaded = try time.apply(to: loadGraph(graph))
        let audience = audience.audience
        announceOmission(of: loaded, visible: loaded.visible(to: audience), audience: audience, words: words)
        let homeID = try home.map { try GapsArguments.home($0, in: loaded, audience: audience, words: words) }
        let targetIDs = try targets.map { try GapsArguments.targets($0, in: loaded, audience: audience, words: words) } ?? []
        var options = ReportOptions(language: lang, audience: audience, home: homeID, targets: targetIDs,
                                    asOf: try parsePartialDate(asOf, option: "as-of"), title: title, includesMap: !noMap)
        options.weighted = weighted
        let progress = ProgressLine("building the report on \(loaded.actors.count) actors")
        let page = ReportBuilder.build(loaded, options: options, preparation: preparation)
        progress.finish()
        report(warnings: page.warnings)
        if page.warnings.contains(where: { $0.severity == .error }) { throw ExitStatus.invalidInput }
        do {
            try emit(page.html, to: output, words: words)
        } catch let error as StakeMapError {
            throw report(error)
        }
        if output != "-" {
            printError(NoticeText.wroteReport(output, actors: loaded.visible(to: audience).actors.count, audience: audience,
                                              hasMap: page.hasMap, words: words))
        }
    }
}
