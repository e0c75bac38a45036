import ArgumentParser
import StakeMapAnalysis

/// `stakemap centrality G`: ranks actors by one or more centrality measures.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank actors by centrality: who is connected, who brokers, who is close to everyone.",
        discussion: """
        Measures (--measure, repeatable or comma-separated; 'all' for every one):
          degree       share of the other actors an actor is tied to (with --weighted: the sum \
        of its tie strengths)
          betweenness  share of shortest paths between other actors that run through it — \
        the brokers
          closeness    how near it is to the actors that can reach it (Wasserman–Faust \
        scaling when the network is in pieces)
          harmonic     sum of 1/distance to the others; like closeness, robust to pieces
          eigenvector  central when its neighbours are central (converges on bipartite \
        networks too)
          pagerank     share of time a random walker following ties by strength spends \
        there (α = 0.85); with --home, a walk that restarts from your own actors: who is \
        within your reach

        By default the network is the undirected projection of all ties plus shared events, \
        unweighted (one hop per tie). --weighted makes paths go through strong ties: a tie of \
        strength s has length 1/s (--length strength uses s itself, networkx's convention). \
        PageRank always follows ties in proportion to their strength. Values match networkx \
        to 1e-9; equal scores are ordered by id.

        Examples:
          stakemap centrality graphs/libya-wps.yaml --measure all --top 10
          stakemap centrality graphs/libya-wps.yaml --measure betweenness --weighted --format json
          stakemap centrality graphs/libya-wps.yaml --measure pagerank --home lwa
        """)

    /// One centrality measure.
    enum Measure: String, CaseIterable {
        case degree, betweenness, closeness, harmonic, eigenvector, pagerank
    }

    @Argument(help: "The network file (.yaml, .graphml, .json, .csv).")
    var graph: String

    @Option(help: ArgumentHelp(
        "Measures: degree, betweenness, closeness, harmonic, eigenvector, pagerank, or all.",
        valueName: "measure"))
    var measure: [String] = ["degree"]

    @Option(help: "Show only the N highest-ranked actors.")
    var top: Int?

    @OptionGroup var view: NetworkViewOptions

    @Flag(help: "Use tie strength: shortest paths through strong ties, eigenvector weighted, degree as strength.")
    var weighted = false

    @Option(help: "Length of a tie on weighted paths: inverse (1/strength, default) or strength.")
    var length: LengthConvention = .inverse

    @Option(help: ArgumentHelp("Actor ids to personalize PageRank on, comma-separated.", valueName: "ids"))
    var home: String?

    @Option(help: "Output format: table, json, csv or md.")
    var format: OutputFormat = .table

    @OptionGroup var audience: AudienceOption

    /// The measures asked for, in order, without repeats.
    func measures() throws -> [Measure] {
        var result = [Measure]()
        for name in measure.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if name == "all" {
                result += Measure.allCases
                continue
            }
            guard let parsed = Measure(rawValue: name) else {
                let names = Measure.allCases.map(\.rawValue) + ["all"]
                let hint = Suggestion.hint(for: name, in: names) ?? "measures: \(names.joined(separator: ", "))"
                throw ValidationError("unknown measure '\(name)'; \(hint)")
            }
            result.append(parsed)
        }
        var seen = Set<Measure>()
        return result.filter { seen.insert($0).inserted }
    }

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if try measures().isEmpty { throw ValidationError("--measure needs at least one measure") }
        if home != nil, try !measures().contains(.pagerank) {
            throw ValidationError("--home personalizes PageRank; add --measure pagerank")
        }
        _ = try view.tieKinds()
    }

    func run() throws {
        let measures = try measures()
        let loaded = try loadGraph(graph)
        let network = Network(loaded, options: try view.networkOptions(audience: audience.audience))
        let homes = try home.map { try AnalysisOutput.nodes($0, in: network, option: "--home") } ?? []
        let metric = PathMetric(weighted: weighted, length: length)
        let progress = ProgressLine("computing centrality")
        defer { progress.finish() }
        let scores = measures.map { measure -> CentralityScores in
            progress.update("computing \(measure.rawValue)")
            return switch measure {
            case .degree: weighted ? network.strength() : network.degreeCentrality()
            case .betweenness: network.betweenness(metric: metric)
            case .closeness: network.closeness(metric: metric)
            case .harmonic: network.harmonicCentrality(metric: metric)
            case .eigenvector: network.eigenvectorCentrality(weighted: weighted)
            case .pagerank: network.pageRank(home: homes)
            }
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
            let headers = ["id", "name", "kind"] + measures.map(\.rawValue)
            let rows = order.map { node -> [String] in
                let id = network.ids[node]
                return [id, AnalysisOutput.name(of: id, in: loaded), AnalysisOutput.kind(of: id, in: loaded)]
                    + scores.map { format == .csv ? String($0.values[node]) : AnalysisOutput.cell($0.values[node]) }
            }
            let table = Table(headers: headers, rows: rows, numericColumns: Set(3..<headers.count))
            print(table.render(format), terminator: "")
        }
    }
}
