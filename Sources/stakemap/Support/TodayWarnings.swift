import StakeMapAnalysis
import StakeMapText

/// Prints, on standard error, the records dated after "today" (`--as-of`, else the file's `as_of`, else the real date).
enum TodayWarnings {
    static func print(_ graph: Graph, asOf option: PartialDate?) {
        for line in TodayNotice.warnings(graph, today: Today.resolve(option, in: graph), names: Names(graph: graph)) { printError(line) }
    }
}
