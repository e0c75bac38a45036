/// What a `Network` view built from a `Graph` contains.
public struct NetworkOptions: Sendable, Hashable {
    /// Tie kinds to keep; nil keeps all.
    public var tieKinds: Set<TieKind>?
    /// Whether event co-participation counts as a tie (strength 1 per shared event).
    public var includeEvents: Bool
    /// Whether to keep direction where the tie kind has one (undirected kinds go both ways).
    public var directed: Bool
    /// Who the view is for: actors, ties and events above its clearance are left out.
    public var audience: Audience

    /// The default: all tie kinds plus events, undirected, for the `internal` audience.
    public init(tieKinds: Set<TieKind>? = nil, includeEvents: Bool = true, directed: Bool = false,
                audience: Audience = .internal) {
        self.tieKinds = tieKinds
        self.includeEvents = includeEvents
        self.directed = directed
        self.audience = audience
    }
}

extension Network {
    /// Builds the analysis view of a network: its visible actors as nodes, ties (filtered by
    /// kind) and event co-participation as edges with their strength.
    ///
    /// Undirected tie kinds become edges both ways in a directed view.
    /// - Complexity: O(V + E log E + Σ attendees²).
    public init(_ graph: Graph, options: NetworkOptions = NetworkOptions()) {
        let audience = options.audience
        let visible = graph.actors.filter { audience.canSee($0.sensitivity) }
        let ids = visible.map(\.id)
        var index = [String: Int32](minimumCapacity: ids.count)
        for (position, id) in ids.enumerated() { index[id] = Int32(position) }
        var edges = [NetworkEdge]()
        edges.reserveCapacity(graph.ties.count)
        for tie in graph.ties where audience.canSee(tie.sensitivity) {
            if let kinds = options.tieKinds, !kinds.contains(tie.kind) { continue }
            guard let u = index[tie.from], let v = index[tie.to] else { continue }
            let strength = tie.analysisWeight
            edges.append(NetworkEdge(source: u, target: v, strength: strength))
            if options.directed && !tie.isDirected {
                edges.append(NetworkEdge(source: v, target: u, strength: strength))
            }
        }
        if options.includeEvents {
            for event in graph.events where audience.canSee(event.sensitivity) {
                let present = event.attendees.compactMap { index[$0] }
                for i in present.indices {
                    for j in present.indices where j > i {
                        edges.append(NetworkEdge(source: present[i], target: present[j]))
                        if options.directed {
                            edges.append(NetworkEdge(source: present[j], target: present[i]))
                        }
                    }
                }
            }
        }
        self.init(ids: ids, edges: edges, directed: options.directed)
    }
}
