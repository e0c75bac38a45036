import ArgumentParser
import StakeMapAnalysis
import StakeMapText

extension TimePeriod: ExpressibleByArgument {}

/// `centrality --over-time PERIOD --measure M`: each actor's rank at the end of every period
/// (the network as it stood then, as `--at` gives it), and who rose and fell most.
struct CentralityOverTime {
    let measure: CentralityMeasure
    let period: TimePeriod
    let settings: CentralityMeasure.Settings
    let options: NetworkOptions
    let top: Int?

    /// The JSON shape: periods, each actor's score and rank per period, the biggest movers.
    struct Output: Encodable {
        let measure: String
        let periods: [String]
        let scores: [String: [Double]]
        let ranks: [String: [Int]]
        let rose: [Move]
        let fell: [Move]
    }

    /// One actor's change of rank from the first period to the last (positive: rose).
    struct Move: Encodable {
        let id: String
        let change: Int
    }

    func print(_ graph: Graph, format: OutputFormat, words: Words) throws {
        guard let span = graph.dateSpan else {
            printError(words(CommandMessage.noDatedRecords))
            throw ExitStatus.invalidInput
        }
        let periods = period.periods(covering: span)
        var scores = [[Double]](), ranks = [[Int]]()
        var ids = [String]()
        for (_, window) in periods {
            let network = Network(graph.sliced(TimeSlice(.at(window.end))), options: options)
            let values = measure.scores(on: network, settings)
            guard values.converged else {
                printError(NoticeText.didNotConverge(measure.rawValue, words: words))
                throw ExitStatus.invalidInput
            }
            ids = network.ids
            var rank = [Int](repeating: 0, count: network.nodeCount)
            for (position, node) in values.ranking().enumerated() { rank[node] = position + 1 }
            scores.append(values.values)
            ranks.append(rank)
        }
        guard let firstRanks = ranks.first, let lastRanks = ranks.last else { return }
        let moves = ids.indices.map { Move(id: ids[$0], change: firstRanks[$0] - lastRanks[$0]) }
        let rose = moves.filter { $0.change > 0 }.sorted { $0.change != $1.change ? $0.change > $1.change : $0.id < $1.id }
        let fell = moves.filter { $0.change < 0 }.sorted { $0.change != $1.change ? $0.change < $1.change : $0.id < $1.id }
        var order = ids.indices.sorted { lastRanks[$0] < lastRanks[$1] }
        if let top { order = Array(order.prefix(top)) }
        let labels = periods.map(\.label)
        if format == .json {
            let output = Output(
                measure: measure.rawValue, periods: labels,
                scores: Dictionary(uniqueKeysWithValues: order.map { node in (ids[node], scores.map { $0[node] }) }),
                ranks: Dictionary(uniqueKeysWithValues: order.map { node in (ids[node], ranks.map { $0[node] }) }),
                rose: Array(rose.prefix(10)), fell: Array(fell.prefix(10)))
            printOutput(try AnalysisOutput.json(output), terminator: "")
            return
        }
        let rows = order.map { node -> [String] in
            let change = firstRanks[node] - lastRanks[node]
            return [ids[node], AnalysisOutput.name(of: ids[node], in: graph, words: words)] + ranks.map { words.digits.format($0[node]) }
                + [words.number(change > 0 ? "+\(change)" : String(change))]
        }
        let headers = [words(Message.id), words(Message.name)] + labels.map(words.period) + [words(CommandMessage.change)]
        let table = Table(headers: headers, rows: rows, numericColumns: Set(2..<headers.count))
        if format == .table {
            printOutput(words(CommandMessage.rankTitle, ["measure": .text(words(CommandMessage.measureName(measure.rawValue))),
                                                         "period": .text(words(CommandMessage.periodName(period.rawValue)))]) + "\n")
        }
        printOutput(table.render(format), terminator: "")
        guard format != .csv else { return }
        let describe = { (moves: [Move]) -> TextValue in
            guard !moves.isEmpty else { return .text(words(CommandMessage.noOne)) }
            return .worded(moves.prefix(5).map { move in
                words.value(.name(AnalysisOutput.name(of: move.id, in: graph, words: words)))
                    + " (" + words.number("\(move.change > 0 ? "+" : "")\(move.change)") + ")"
            }.joined(separator: words.catalog.comma))
        }
        let ends: [String: TextValue] = ["first": .text(words.period(labels.first ?? "")), "last": .text(words.period(labels.last ?? ""))]
        printOutput("\n" + words(CommandMessage.roseMost, ends.merging(["movers": describe(rose)]) { $1 }))
        printOutput(words(CommandMessage.fellMost, ends.merging(["movers": describe(fell)]) { $1 }))
    }
}
