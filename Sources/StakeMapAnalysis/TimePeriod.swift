/// A length of period for histories: `--over-time year|quarter|month`.
public enum TimePeriod: String, Sendable, Hashable, CaseIterable {
    /// Calendar years.
    case year
    /// Calendar quarters (January–March, …).
    case quarter
    /// Calendar months.
    case month

    /// The consecutive periods from the one containing `span.start` to the one containing
    /// `span.end`, each with a label (`2018`, `2018-Q3`, `2018-09`).
    /// - Complexity: O(number of periods).
    public func periods(covering span: DateSpan) -> [(label: String, span: DateSpan)] {
        let months = self == .year ? 12 : self == .quarter ? 3 : 1
        let first = span.start.firstDay, last = span.end.lastDay
        var index = first.year * 12 + (first.month - 1) / months * months
        let end = last.year * 12 + (last.month - 1)
        var result = [(label: String, span: DateSpan)]()
        while index <= end {
            let year = index / 12, month = index % 12 + 1
            let label: String
            let period: DateSpan?
            switch self {
            case .year:
                label = "\(year)"
                period = PartialDate(year: year).map { DateSpan($0) }
            case .quarter:
                label = "\(year)-Q\((month - 1) / 3 + 1)"
                if let start = PartialDate(year: year, month: month), let stop = PartialDate(year: year, month: month + 2) {
                    period = DateSpan(start: start, end: stop)
                } else {
                    period = nil
                }
            case .month:
                label = month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)"
                period = PartialDate(year: year, month: month).map { DateSpan($0) }
            }
            if let period { result.append((label, period)) }
            index += months
        }
        return result
    }
}
