import ArgumentParser
import StakeMapAnalysis
import StakeMapText

/// `stakemap communities G`: Louvain communities and their modularity.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Find communities: groups of actors more tied to each other than to the rest.",
        discussion: """
        Uses the Louvain method (Blondel et al. 2008): actors move to the group of their \
        neighbours that raises modularity most, groups merge, and so on while modularity \
        grows. Modularity (−0.5 … 1) measures how much more the ties fall inside the groups \
        than chance would put there; above about 0.3 the groups are clear. Ties count by \
        strength. The same --seed always gives the same communities.

        Examples:
          stakemap communities graphs/libya-wps.yaml
          stakemap communities graphs/libya-wps.yaml --resolution 1.5 --format json
        """)

    @Argument(help: "The network file (.yaml, .graphml, .json, .csv).")
    var graph: String

    @Option(help: "Random seed; the same seed gives the same communities.")
    var seed: UInt64 = 0

    @Option(help: "Resolution γ > 0: above 1 gives more, smaller communities; below 1 fewer, larger ones.")
    var resolution: Double = 1

    @OptionGroup var view: NetworkViewOptions

    @Option(help: "Output format: table, json, csv or md.")
    var format: OutputFormat = .table

    @OptionGroup var audience: AudienceOption
    @OptionGroup var text: TextLanguageOptions
    @OptionGroup var time: TimeSliceOptions

    func validate() throws {
        guard resolution > 0, resolution.isFinite else { throw ValidationError("--resolution must be a positive number") }
        _ = try view.tieKinds()
    }

    func run() throws {
        let loaded = try time.apply(to: loadGraph(graph))
        let network = Network(loaded, options: try view.networkOptions(audience: audience.audience))
        let result = network.louvain(seed: seed, resolution: resolution)
        let communities = result.members().map { $0.map { network.ids[Int($0)] }.sorted() }
        switch format {
        case .json:
            struct Output: Encodable {
                let modularity: Double
                let communities: [[String]]
            }
            print(try AnalysisOutput.json(Output(modularity: result.modularity, communities: communities)),
                  terminator: "")
        case .csv:
            let rows = communities.enumerated().flatMap { number, members in
                members.map { [String(number + 1), $0, AnalysisOutput.name(of: $0, in: loaded, language: text.language.rawValue)] }
            }
            let words = text.words
            print(Table(headers: [words(CommandMessage.community), words(Message.id), words(Message.name)], rows: rows).render(.csv), terminator: "")
        case .table, .md:
            let words = text.words
            let rows = communities.enumerated().map { number, members in
                [words.digits.format(number + 1), words.digits.format(members.count),
                 members.map { AnalysisOutput.name(of: $0, in: loaded, language: text.language.rawValue) }.joined(separator: words.catalog.comma)]
            }
            let headers = ([.community, .size, .members] as [CommandMessage]).map { words($0) }
            let table = Table(headers: headers, rows: rows, numericColumns: [0, 1])
            print(words(CommandMessage.modularityLine, ["modularity": .decimal(AnalysisOutput.cell(result.modularity)),
                                                         "number": .number(communities.count)]) + "\n")
            print(table.render(format), terminator: "")
        }
    }
}
