import StakeMap
import StakeMapAnalysis

/// Everything a report shows, computed once on the part of the network the audience may see.
///
/// The full graph is handed to the analysis APIs only together with the audience (they filter
/// it first); every other use goes through `graph`, the visible part, so nothing withheld can
/// reach a section of the page.
struct ReportAnalysis {
    /// The network as the audience may see it.
    let graph: Graph
    /// The options asked for.
    let options: ReportOptions
    /// The analysis view (all ties plus events, undirected) of `graph`.
    let network: Network
    /// Degree centrality per node of `network`.
    let degree: CentralityScores
    /// Betweenness centrality per node (Brandes 2001).
    let betweenness: CentralityScores
    /// PageRank per node (α = 0.85) under the one rule of every command (`PageRankRule`); its
    /// `converged` is false when the iteration gave up (the page is then refused).
    let pageRank: CentralityScores
    /// Burt's constraint per node (NaN for isolates).
    let constraint: CentralityScores
    /// The community number (1 = largest) per node.
    let community: [Int]
    /// The number of communities.
    let communityCount: Int
    /// Louvain modularity.
    let modularity: Double
    /// Gould–Fernandez role counts per node, with communities as groups.
    let roles: [BrokerageCounts]
    /// Whether each node is an articulation point.
    let isCut: [Bool]
    /// Gap findings (network-wide, or for the home and targets).
    let findings: [GapFinding]
    /// The mission plan, when a home and targets were given.
    let plan: MissionPlan?
    /// Meetings and events in date order.
    let timeline: [TimelineEntry]
    /// The position of each visible actor (in graph order): its table row and card number.
    let cardIndex: [String: Int]

    /// Analyses `fullGraph` for `options.audience`.
    /// - Complexity: dominated by betweenness, O(V·E), and the gap detectors.
    init(_ fullGraph: Graph, options: ReportOptions) {
        let audience = options.audience
        let graph = fullGraph.visible(to: audience)
        self.graph = graph
        self.options = options
        cardIndex = Dictionary(uniqueKeysWithValues: graph.actors.enumerated().map { ($0.element.id, $0.offset) })
        let network = Network(graph, options: NetworkOptions(audience: audience))
        self.network = network
        degree = options.weighted ? network.strength() : network.degreeCentrality()
        betweenness = network.betweenness(metric: PathMetric(weighted: options.weighted))
        pageRank = PageRankRule(weighted: options.weighted).scores(on: network)
        constraint = network.structuralHoles().constraint
        let louvain = network.louvain(seed: 0)
        let members = louvain.members().sorted { ($0.count, -Int($0.first ?? 0)) > ($1.count, -Int($1.first ?? 0)) }
        var community = [Int](repeating: 0, count: network.nodeCount)
        for (number, group) in members.enumerated() { for node in group { community[Int(node)] = number + 1 } }
        self.community = community
        communityCount = members.count
        modularity = louvain.modularity
        roles = network.brokerageRoles(groups: community.map { Int32($0) })
        isCut = network.cuts().isArticulationPoint
        let home = options.home.flatMap { graph.actor(withID: $0)?.id }
        let targets = options.targets.filter { graph.actor(withID: $0) != nil }
        let gapOptions = GapOptions(home: home, targets: targets, asOf: options.asOf)
        findings = GapAnalysis.run(GapContext(graph: graph, audience: audience, options: gapOptions))
        if let home, !targets.isEmpty {
            plan = MissionPlanner.plan(graph, audience: audience,
                                       options: MissionPlanOptions(home: home, targets: targets, asOf: options.asOf))
        } else {
            plan = nil
        }
        timeline = graph.timeline(audience: audience)
    }

    /// The node of the actor with `id` in `network`.
    func node(of id: String) -> Int? { network.index(of: id).map(Int.init) }

    /// The dominant Gould–Fernandez role of a node: the most frequent role between communities
    /// (ties broken liaison, gatekeeper, representative, itinerant), else coordinator when it
    /// brokers only within its community; nil when it brokers no path.
    func dominantRole(of node: Int) -> (role: BrokerageRole, count: Int)? {
        let counts = roles[node]
        var best: (role: BrokerageRole, count: Int)?
        for role in [BrokerageRole.liaison, .gatekeeper, .representative, .itinerant] where counts[role] > (best?.count ?? 0) {
            best = (role, counts[role])
        }
        if best == nil, counts.coordinator > 0 { best = (.coordinator, counts.coordinator) }
        return best
    }
}
