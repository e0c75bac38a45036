import StakeMapAnalysis

/// The warnings about "today": records dated after it (a typo, or a plan recorded ahead).
public enum TodayNotice {
    /// One warning per record of `graph` dated after `today`, naming it, in the language of
    /// `words` (names from `names`); empty when none.
    public static func warnings(_ graph: Graph, today: PartialDate?, names: Names, words: Words = Words(.en)) -> [String] {
        guard let today else { return [] }
        let records = Today.recordsAfter(today, in: graph)
        guard !records.isEmpty else { return [] }
        var lines = [words(one: .futureRecordsOne, other: .futureRecords, number: records.count, ["today": .date(DateSpan(today))])]
        for record in records.prefix(10) {
            if let event = record.event {
                lines.append(words(CommandMessage.futureEvent, ["name": .name(names(event)), "id": .id(event), "date": .date(record.date)]))
            } else if let kind = record.tie, record.actors.count == 2 {
                lines.append(words(CommandMessage.futureTie, ["kind": .id(kind.rawValue), "kindName": .text(words.name(of: kind)),
                                                              "from": .name(names(record.actors[0])), "to": .name(names(record.actors[1])),
                                                              "date": .date(record.date)]))
            }
        }
        if records.count > 10 { lines.append(words(CommandMessage.futureMore, ["number": .number(records.count - 10)])) }
        return lines
    }
}
