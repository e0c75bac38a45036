import ArgumentParser
import StakeMapAnalysis
import StakeMapText

/// `stakemap brokers G`: articulation points, bridges and Burt's structural-hole measures.
struct BrokersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brokers",
        abstract: "Find brokers: the actors and ties the network hangs on, and who spans structural holes.",
        discussion: """
        Columns:
          cut         an articulation point: removing this actor splits the network
          bridges     ties of this actor whose loss alone would split the network
          constraint  Burt's constraint (0 … 1+): high when an actor's contacts all know \
        each other; low marks a broker between groups
          effective   Burt's effective size: contacts minus their redundancy — the number of \
        non-overlapping groups an actor reaches

        With --group-by ATTR, Gould–Fernandez (1989) brokerage roles by that attribute: for \
        each open two-step path a → b → c (no tie a → c) through the actor, coordinator (all one \
        group), itin (a and c share a group, the broker does not), gate (the broker shares c's \
        group), repr (the broker shares a's group), liaison (three groups). Counted on the \
        directed view; undirected ties and shared events count both ways, so an undirected open \
        path is counted once in each direction. Actors without a value are not counted.

        Sorted by cut actors first, then by lowest constraint. The bridges themselves are \
        listed under the table. --weighted uses tie strength for constraint and effective \
        size (networkx 'weight='). Actors without ties have no constraint (—).

        Examples:
          stakemap brokers graphs/libya-wps.yaml --top 15
          stakemap brokers graphs/libya-wps.yaml --format json
          stakemap brokers graphs/libya-wps.yaml --group-by kind --top 10
        """)

    @Argument(help: "The network file (.yaml, .graphml, .json, .csv).")
    var graph: String

    @Option(help: "Show only the N first actors.")
    var top: Int?

    @Flag(help: "Weight constraint and effective size by tie strength.")
    var weighted = false

    @OptionGroup var view: NetworkViewOptions

    @Option(name: .customLong("group-by"), help: ArgumentHelp(
        "Add Gould–Fernandez brokerage roles by this attribute: region, kind, country, gender, place, or a custom field (club).", valueName: "attribute"))
    var groupBy: String?

    @Option(help: "Output format: table, json, csv or md.")
    var format: OutputFormat = .table

    @OptionGroup var audience: AudienceOption
    @OptionGroup var time: TimeSliceOptions
    @OptionGroup var text: TextLanguageOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if groupBy == "tag" { throw ValidationError("--group-by tag: an actor may have many tags, and brokerage roles need one group per actor; use region, kind, country, gender or place") }
        _ = try view.tieKinds()
    }

    func run() throws {
        let loaded = try time.apply(to: loadGraph(graph))
        let network = Network(loaded, options: try view.networkOptions(audience: audience.audience))
        let cuts = network.cuts()
        let holes = network.structuralHoles(weighted: weighted)
        var bridgeCount = [Int](repeating: 0, count: network.nodeCount)
        for bridge in cuts.bridges {
            bridgeCount[Int(bridge.source)] += 1
            bridgeCount[Int(bridge.target)] += 1
        }
        let constraint = holes.constraint.values, effective = holes.effectiveSize.values
        var order = network.ids.indices.sorted { a, b in
            if cuts.isArticulationPoint[a] != cuts.isArticulationPoint[b] { return cuts.isArticulationPoint[a] }
            let (ca, cb) = (constraint[a], constraint[b])
            if ca.isNaN != cb.isNaN { return cb.isNaN }
            if ca != cb && !ca.isNaN { return ca < cb }
            return network.ids[a] < network.ids[b]
        }
        if let top { order = Array(order.prefix(top)) }
        let bridges = cuts.bridges.map { [network.ids[Int($0.source)], network.ids[Int($0.target)]] }
        var roles = try groupBy.map { attribute in
            try BrokerRoleColumns.roles(loaded, view: view, audience: audience.audience, attributeName: attribute)
        }
        if let groupBy, let found = roles {
            let coverage = BrokerRoleColumns.coverage(loaded, audience: audience.audience, attribute: groupBy)
            let notes = BrokerRoleColumns.notes(coverage, attribute: groupBy, empty: found.isEmpty, words: text.words)
            notes.forEach(printError)
            if coverage.groups < 2 || found.isEmpty { roles = nil }
        }
        switch format {
        case .json:
            struct Actor: Encodable {
                let articulationPoint: Bool
                let bridges: Int
                let constraint: Double?
                let effectiveSize: Double?
                let group: String?
                let roles: BrokerageCounts?
                enum CodingKeys: String, CodingKey {
                    case articulationPoint = "articulation_point", bridges, constraint, effectiveSize = "effective_size", group, roles
                }
            }
            struct Output: Encodable {
                let articulationPoints: [String]
                let bridges: [[String]]
                let actors: [String: Actor]
                enum CodingKeys: String, CodingKey {
                    case articulationPoints = "articulation_points", bridges, actors
                }
            }
            var actors = [String: Actor]()
            for node in order {
                actors[network.ids[node]] = Actor(
                    articulationPoint: cuts.isArticulationPoint[node], bridges: bridgeCount[node],
                    constraint: constraint[node].isNaN ? nil : constraint[node],
                    effectiveSize: effective[node].isNaN ? nil : effective[node],
                    group: roles.flatMap { $0.group(of: network.ids[node]) }, roles: roles?.counts(for: network.ids[node]))
            }
            let points = cuts.articulationPoints.map { network.ids[Int($0)] }.sorted()
            print(try AnalysisOutput.json(Output(articulationPoints: points, bridges: bridges, actors: actors)),
                  terminator: "")
        case .table, .csv, .md:
            let words = text.words
            let rows = order.map { node -> [String] in
                let id = network.ids[node]
                let number: (Double) -> String = { format == .csv ? ($0.isNaN ? "" : String($0)) : words.digits.apply(AnalysisOutput.cell($0)) }
                return [id, AnalysisOutput.name(of: id, in: loaded, words: words), AnalysisOutput.kind(of: id, in: loaded, words: words),
                        cuts.isArticulationPoint[node] ? words(CommandMessage.yes) : "", words.digits.format(bridgeCount[node]),
                        number(constraint[node]), number(effective[node])] + (roles?.cells(for: id, words: words) ?? [])
            }
            let headers = [words(Message.id), words(Message.name), words(Message.kind)]
                + ([.cut, .bridges, .constraint, .effective] as [CommandMessage]).map { words($0) }
                + (roles == nil ? [] : BrokerRoleColumns.headers(words))
            let table = Table(headers: headers, rows: rows, numericColumns: Set([4, 5, 6] + (roles == nil ? [] : Array(8...12))))
            print(table.render(format), terminator: "")
            if format != .csv && !bridges.isEmpty {
                print("\n" + words(CommandMessage.bridgesHeading, ["number": .number(bridges.count)]))
                for pair in bridges {
                    print("  \(AnalysisOutput.name(of: pair[0], in: loaded, words: words)) — \(AnalysisOutput.name(of: pair[1], in: loaded, words: words))")
                }
            }
        }
    }
}
