import ArgumentParser
import StakeMapAnalysis

/// One measure of `stakemap centrality`, and how it is computed.
enum CentralityMeasure: String, CaseIterable {
    case degree, indegree, outdegree, betweenness, closeness, harmonic, eigenvector, pagerank
    case core, clustering, eccentricity

    /// The measures `all` stands for: every one, in- and out-degree only on a directed view.
    static func all(directed: Bool) -> [CentralityMeasure] {
        allCases.filter { directed || ($0 != .indegree && $0 != .outdegree) }
    }

    /// Parses `--measure` values (repeatable, comma-separated, `all`) in order, without repeats.
    static func parse(_ values: [String], directed: Bool) throws -> [CentralityMeasure] {
        var result = [CentralityMeasure]()
        for name in values.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if name == "all" {
                result += all(directed: directed)
                continue
            }
            guard let parsed = CentralityMeasure(rawValue: name) else {
                let names = allCases.map(\.rawValue) + ["all"]
                let hint = Suggestion.hint(for: name, in: names) ?? "measures: \(names.joined(separator: ", "))"
                throw ValidationError("unknown measure '\(name)'; \(hint)")
            }
            result.append(parsed)
        }
        var seen = Set<CentralityMeasure>()
        return result.filter { seen.insert($0).inserted }
    }

    /// How the measures of one run are computed.
    struct Settings {
        var weighted = false
        var length = LengthConvention.inverse
        var homes: [Int32] = []
        var approximation: BetweennessApproximation?
    }

    /// The scores of this measure on `network`.
    func scores(on network: Network, _ settings: Settings) -> CentralityScores {
        let metric = PathMetric(weighted: settings.weighted, length: settings.length)
        switch self {
        case .degree: return settings.weighted ? network.strength() : network.degreeCentrality()
        case .indegree: return network.inDegreeCentrality()
        case .outdegree: return network.outDegreeCentrality()
        case .betweenness:
            if let approximation = settings.approximation {
                return network.approximateBetweenness(approximation, metric: metric).scores
            }
            return network.betweenness(metric: metric)
        case .closeness: return network.closeness(metric: metric)
        case .harmonic: return network.harmonicCentrality(metric: metric)
        case .eigenvector: return network.eigenvectorCentrality(weighted: settings.weighted)
        case .pagerank: return PageRankRule(weighted: settings.weighted, home: settings.homes).scores(on: network)
        case .core: return CentralityScores(ids: network.ids, values: network.coreNumbers().map(Double.init))
        case .clustering: return network.clustering().coefficients
        case .eccentricity: return network.extent().eccentricity
        }
    }

    /// Whether the values are whole numbers (core number, eccentricity), shown without decimals.
    var isCount: Bool { self == .core || self == .eccentricity }
}
