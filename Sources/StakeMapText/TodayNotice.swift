import StakeMapAnalysis

/// The warnings about "today": records dated after it (a typo, or a plan recorded ahead).
public enum TodayNotice {
    /// One warning per record of `graph` dated after `today`, naming it; empty when none.
    public static func warnings(_ graph: Graph, today: PartialDate?, names: Names) -> [String] {
        guard let today else { return [] }
        let records = Today.recordsAfter(today, in: graph)
        guard !records.isEmpty else { return [] }
        var lines = ["warning: \(English.count(records.count, "record")) dated after today (\(today)); "
                     + "check the dates, or give --as-of (a file's as_of freezes it in time):"]
        for record in records.prefix(10) {
            if let event = record.event {
                lines.append("  event \(names(event)) (\(event)) dated \(record.date)")
            } else if let kind = record.tie, record.actors.count == 2 {
                lines.append("  \(kind.rawValue) tie \(names(record.actors[0])) – \(names(record.actors[1])) dated \(record.date)")
            }
        }
        if records.count > 10 { lines.append("  … and \(records.count - 10) more") }
        return lines
    }
}
