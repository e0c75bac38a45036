import ArgumentParser
import StakeMapAnalysis
import StakeMapText

/// `stakemap centrality G`: ranks actors by one or more centrality measures.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank actors by centrality: who is connected, who brokers, who is close to everyone.",
        discussion: """
        Measures (--measure, repeatable or comma-separated; 'all' for every one), with the \
        networkx call each equals:
          degree       share of the other actors an actor is tied to (degree_centrality); with \
        --weighted the sum of its tie strengths (G.degree(weight="weight"))
          indegree     with --directed: share of actors with a tie to it (in_degree_centrality)
          outdegree    with --directed: share of actors it has a tie to (out_degree_centrality)
          betweenness  share of shortest paths between other actors that run through it — \
        the brokers (betweenness_centrality); --approx EPSILON samples paths instead
          closeness    how near it is to the actors that can reach it (closeness_centrality, \
        Wasserman–Faust scaling when the network is in pieces)
          harmonic     sum of 1/distance to the others (harmonic_centrality)
          eigenvector  central when its neighbours are central (eigenvector_centrality; \
        converges on bipartite networks too; exit 1 when it cannot converge)
          pagerank     share of time a random walker spends there, α = 0.85 \
        (pagerank(G, weight=None); with --weighted, weight="weight"); with --home, a walk \
        that restarts from your own actors (personalization=), under the same rule
          core         core number: the largest k such that it sits in a group where everyone \
        has k ties (core_number)
          clustering   share of pairs of its contacts that are tied to each other \
        (clustering of the undirected view)
          eccentricity the most hops to any actor of its own piece of the network \
        (eccentricity of each connected component of the undirected view)

        --weighted governs every measure: without it every tie counts 1, with it ties count \
        by strength; on paths a tie of strength s has length 1/s (--length strength uses s \
        itself, networkx's weight= convention). Parallel ties count as the shortest of them \
        under either convention. Values match networkx to 1e-9; equal scores are ordered by id.

        Examples:
          stakemap centrality graphs/libya-wps.yaml --measure all --top 10
          stakemap centrality graphs/libya-wps.yaml --measure betweenness --weighted --format json
          stakemap centrality graphs/libya-wps.yaml --measure pagerank --home lwa
          stakemap centrality big.graphml --measure betweenness --approx 0.01 --seed 7
          stakemap centrality graphs/libya-wps.yaml --measure core,clustering --at 2019
          stakemap centrality graphs/libya-wps.yaml --over-time year --measure betweenness
        """)

    @Argument(help: "The network file (.yaml, .graphml, .json, .csv).")
    var graph: String

    @Option(help: ArgumentHelp(
        "Measures: degree, indegree, outdegree, betweenness, closeness, harmonic, eigenvector, pagerank, core, clustering, eccentricity, or all.",
        valueName: "measure"))
    var measure: [String] = ["degree"]

    @Option(help: "Show only the N highest-ranked actors.")
    var top: Int?

    @OptionGroup var view: NetworkViewOptions

    @Flag(help: "Use tie strength in every measure: paths through strong ties, strength as degree, weighted eigenvector and PageRank.")
    var weighted = false

    @Option(help: "Length of a tie on weighted paths: inverse (1/strength, default) or strength.")
    var length: LengthConvention = .inverse

    @Option(help: ArgumentHelp("Actors to personalize PageRank on (ids, names or foreign ids), comma-separated.", valueName: "actors"))
    var home: String?

    @Option(help: ArgumentHelp("Approximate betweenness: every value within EPSILON of the exact one (with --confidence).", valueName: "epsilon"))
    var approx: Double?

    @Option(help: "With --approx: the probability that every value is within EPSILON.")
    var confidence: Double = 0.9

    @Option(help: "With --approx: the random seed (the same seed gives the same values).")
    var seed: UInt64 = 0

    @Option(name: .customLong("over-time"), help: "Rank actors per period (year, quarter or month) with one --measure, and show who rose and fell.")
    var overTime: TimePeriod?

    @OptionGroup var time: TimeSliceOptions

    @Option(help: "Output format: table, json, csv or md.")
    var format: OutputFormat = .table

    @OptionGroup var audience: AudienceOption
    @OptionGroup var text: TextLanguageOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        let measures = try CentralityMeasure.parse(measure, directed: view.directed)
        if measures.isEmpty { throw ValidationError("--measure needs at least one measure") }
        if home != nil, !measures.contains(.pagerank) {
            throw ValidationError("--home personalizes PageRank; add --measure pagerank")
        }
        if !view.directed, let first = measures.first(where: { $0 == .indegree || $0 == .outdegree }) {
            throw ValidationError("--measure \(first.rawValue) needs --directed (undirected, it equals degree)")
        }
        if let approx, !(approx > 0 && approx < 1) { throw ValidationError("--approx must be between 0 and 1 (e.g. 0.01)") }
        if approx != nil, !measures.contains(.betweenness) {
            throw ValidationError("--approx samples betweenness; add --measure betweenness")
        }
        if !(confidence > 0 && confidence < 1) { throw ValidationError("--confidence must be between 0 and 1 (e.g. 0.9)") }
        if overTime != nil && measures.count != 1 { throw ValidationError("--over-time ranks by one measure; give one --measure") }
        if overTime != nil && (time.at != nil || time.between != nil) {
            throw ValidationError("--over-time takes every period itself; drop --at/--between")
        }
        _ = try view.tieKinds()
    }

    func run() throws {
        let measures = try CentralityMeasure.parse(measure, directed: view.directed)
        let whole = try loadGraph(graph)
        let loaded = try time.apply(to: whole)
        let options = try view.networkOptions(audience: audience.audience)
        let network = Network(loaded, options: options)
        var settings = CentralityMeasure.Settings(weighted: weighted, length: length)
        settings.homes = try home.map {
            try AnalysisOutput.nodes($0, in: network, graph: loaded, audience: audience.audience, option: "--home", words: text.words)
        } ?? []
        settings.approximation = approx.map { BetweennessApproximation(epsilon: $0, confidence: confidence, seed: seed) }
        if let overTime, let only = measures.first {
            try CentralityOverTime(measure: only, period: overTime, settings: settings, options: options, top: top)
                .print(whole, format: format, words: text.words)
            return
        }
        let progress = ProgressLine("computing centrality")
        defer { progress.finish() }
        var scores = [CentralityScores]()
        for measure in measures {
            progress.update("computing \(measure.rawValue)")
            let values = measure.scores(on: network, settings)
            guard values.converged else {
                printError(NoticeText.didNotConverge(measure.rawValue, words: text.words))
                throw ExitStatus.invalidInput
            }
            scores.append(values)
        }
        guard let first = scores.first else { return }
        var order = first.ranking()
        if let top { order = Array(order.prefix(top)) }
        switch format {
        case .json:
            var result = [String: [String: Double]]()
            for (measure, values) in zip(measures, scores) {
                result[measure.rawValue] = Dictionary(uniqueKeysWithValues: order.map { (network.ids[$0], values.values[$0]) })
            }
            print(try AnalysisOutput.json(["measures": result]), terminator: "")
        case .table, .csv, .md:
            let words = text.words
            let headers = [words(Message.id), words(Message.name), words(Message.kind)] + measures.map { words(CommandMessage.measureName($0.rawValue)) }
            let rows = order.map { node -> [String] in
                let id = network.ids[node]
                return [id, AnalysisOutput.name(of: id, in: loaded, words: words), AnalysisOutput.kind(of: id, in: loaded, words: words)]
                    + zip(measures, scores).map { measure, values in
                        let value = values.values[node]
                        if measure.isCount { return words.digits.format(Int(value)) }
                        return format == .csv ? String(value) : words.digits.apply(AnalysisOutput.cell(value))
                    }
            }
            let table = Table(headers: headers, rows: rows, numericColumns: Set(3..<headers.count))
            print(table.render(format), terminator: "")
        }
    }
}
