import Foundation
import StakeMapAnalysis

/// `stakemap-bench EDGES.csv [ALGORITHM…]`: times each algorithm on the edge list and prints
/// `{"seconds": {"load": …, …}, "louvain_modularity": …, "nodes": …, "edges": …}`.
///
/// Algorithms: load, betweenness, closeness, pagerank, louvain, kcore, components,
/// articulation (default: all but betweenness and closeness). Fast algorithms (under half a
/// second) are repeated three times and the best time is kept, as scripts/bench does for
/// the other libraries.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<3 {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, elapsed)
        if elapsed >= 0.5 { break }
    }
    return best
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: stakemap-bench EDGES.csv [ALGORITHM…]\n".utf8))
    exit(64)
}
let all = ["load", "pagerank", "louvain", "kcore", "components", "articulation"]
let requested = arguments.count > 1 ? Array(arguments.dropFirst()) : all

var network = try EdgeListReader.read(path: path, directed: false)
var timings = [String: Double]()
var modularity: Double?
var sink = 0.0
var approximate: [String: Double]?
for algorithm in requested {
    switch algorithm {
    case "load":
        timings[algorithm] = try seconds { network = try EdgeListReader.read(path: path, directed: false) }
    case "betweenness":
        timings[algorithm] = seconds { sink += network.betweenness().values[0] }
    case "closeness":
        timings[algorithm] = seconds { sink += network.closeness().values[0] }
    case "harmonic":
        timings[algorithm] = seconds { sink += network.harmonicCentrality().values[0] }
    case "pagerank":
        timings[algorithm] = seconds { sink += network.pageRank().values[0] }
    case "eigenvector":
        timings[algorithm] = seconds { sink += network.eigenvectorCentrality().values[0] }
    case "louvain":
        timings[algorithm] = seconds { modularity = network.louvain(seed: 0).modularity }
    case "kcore":
        timings[algorithm] = seconds { sink += Double(network.coreNumbers()[0]) }
    case "components":
        timings[algorithm] = seconds { sink += Double(network.components().count) }
    case "articulation":
        timings[algorithm] = seconds { sink += Double(network.cuts().bridges.count) }
    case let name where name.hasPrefix("approx-betweenness"):
        // `approx-betweenness:EPSILON` (default 0.01), confidence 0.9, seed 0; values kept for
        // scripts/bench to compare with the exact ones and with networkit's ApproxBetweenness.
        let epsilon = Double(name.split(separator: ":").last.map(String.init) ?? "") ?? 0.01
        var scores: CentralityScores?
        timings["approx-betweenness"] = seconds {
            scores = network.approximateBetweenness(BetweennessApproximation(epsilon: epsilon, confidence: 0.9)).scores
        }
        if let scores { approximate = Dictionary(uniqueKeysWithValues: zip(scores.ids, scores.values)) }
    default:
        FileHandle.standardError.write(Data("stakemap-bench: unknown algorithm '\(algorithm)'\n".utf8))
        exit(64)
    }
}
var result: [String: Any] = ["seconds": timings, "nodes": network.nodeCount, "edges": network.edgeCount,
                             "checksum": sink]
if let modularity { result["louvain_modularity"] = modularity }
if let approximate { result["approx_betweenness"] = approximate }
let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
