import StakeMap
import StakeMapAnalysis
import StakeMapRender

/// The plain values `render` hands to the renderer for `--size-by` and `--color-by`.
///
/// Scores are computed on what the audience may see only, so that withheld ties cannot show
/// through as a bigger node.
enum RenderOverlays {
    /// A score per visible actor id for `measure`, under the one weighting rule of `centrality`:
    /// unweighted unless `weighted` (then strength as degree, paths through strong ties, PageRank
    /// by strength); a PageRank that does not converge is an error, as in `centrality`.
    static func scores(_ measure: SizeMeasure, graph: Graph, audience: Audience, weighted: Bool) throws(StakeMapError) -> [String: Double] {
        let visible = graph.visible(to: audience)
        switch measure {
        case .influence:
            var scores = [String: Double]()
            for actor in visible.actors { scores[actor.id] = Double(actor.influence ?? 1) }
            return scores
        case .degree:
            let network = network(visible, audience)
            return dictionary(weighted ? network.strength() : network.degreeCentrality())
        case .betweenness: return dictionary(network(visible, audience).betweenness(metric: PathMetric(weighted: weighted)))
        case .pagerank: return dictionary(try PageRankRule(weighted: weighted).checkedScores(on: network(visible, audience)))
        }
    }

    /// The node colouring for a `--color-by` value: a measure, or any attribute or custom field,
    /// whose values become colour groups (in sorted order).
    static func coloring(_ name: String, graph: Graph, audience: Audience) -> NodeColoring {
        if let measure = ColorMeasure(rawValue: name) { return coloring(measure, graph: graph, audience: audience) }
        var result = [String: String]()
        for actor in graph.actors { if let value = actor.attributeValue(name) { result[actor.id] = value } }
        return .values(field: name, result)
    }

    /// The node colouring for `measure`.
    static func coloring(_ measure: ColorMeasure, graph: Graph, audience: Audience) -> NodeColoring {
        switch measure {
        case .kind: return .kind
        case .stance: return .stance
        case .community:
            let network = network(graph.visible(to: audience), audience)
            let communities = network.louvain(seed: 0)
            var result = [String: Int]()
            for (node, community) in communities.communityOf.enumerated() { result[network.ids[node]] = Int(community) }
            return .community(result)
        }
    }

    private static func network(_ graph: Graph, _ audience: Audience) -> Network {
        Network(graph, options: NetworkOptions(audience: audience))
    }

    private static func dictionary(_ scores: CentralityScores) -> [String: Double] {
        var result = [String: Double](minimumCapacity: scores.ids.count)
        for (id, value) in zip(scores.ids, scores.values) { result[id] = value }
        return result
    }
}
