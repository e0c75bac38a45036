import StakeMapAnalysis
import StakeMapText

/// Prints, on standard error, the records dated after "today" (`--as-of`, else the file's `as_of`, else the real date).
enum TodayWarnings {
    static func print(_ graph: Graph, asOf option: PartialDate?, words: Words = Words(.en)) {
        let names = Names(graph: graph, language: words.tag)
        for line in TodayNotice.warnings(graph, today: Today.resolve(option, in: graph), names: names, words: words) { printError(line) }
    }
}
