import StakeMapAnalysis

/// The biggest changes of betweenness and PageRank between two versions of a network.
struct CentralityShift: Encodable {
    /// The actor.
    let id: String
    /// The score before (0 when the actor was not in the old version).
    let old: Double
    /// The score after (0 when the actor is gone).
    let new: Double
    /// `new − old`.
    var change: Double { new - old }

    private enum CodingKeys: String, CodingKey { case id, old, new, change }

    /// Encodes with the change.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
        try container.encode(change, forKey: .change)
    }

    /// Orders by absolute change, largest first, then by id.
    static func biggerFirst(_ lhs: CentralityShift, _ rhs: CentralityShift) -> Bool {
        let (a, b) = (abs(lhs.change), abs(rhs.change))
        return a != b ? a > b : lhs.id < rhs.id
    }

    /// The `top` largest shifts (by absolute change, then id) of each measure, on the default
    /// analysis view (undirected, events as ties) under `centrality`'s one weighting rule:
    /// unweighted unless `weighted`; a PageRank that does not converge is an error.
    static func shifts(old: Graph, new: Graph, audience: Audience, top: Int,
                       weighted: Bool = false) throws(StakeMapError) -> [(measure: String, shifts: [CentralityShift])] {
        let options = NetworkOptions(audience: audience)
        let before = Network(old, options: options), after = Network(new, options: options)
        let rule = PageRankRule(weighted: weighted)
        let metric = PathMetric(weighted: weighted)
        let pageRanks = (try rule.checkedScores(on: before), try rule.checkedScores(on: after))
        let measures: [(String, (CentralityScores, CentralityScores))] = [
            ("betweenness", (before.betweenness(metric: metric), after.betweenness(metric: metric))), ("pagerank", pageRanks),
        ]
        return measures.map { name, scores in
            let (a, b) = scores
            let ids = Set(a.ids).union(b.ids)
            var shifts: [CentralityShift] = []
            for id in ids {
                let shift = CentralityShift(id: id, old: a.value(for: id) ?? 0, new: b.value(for: id) ?? 0)
                if abs(shift.change) > 1e-12 { shifts.append(shift) }
            }
            shifts.sort(by: CentralityShift.biggerFirst)
            return (name, Array(shifts.prefix(top)))
        }
    }
}
