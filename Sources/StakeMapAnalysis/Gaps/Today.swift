import Foundation

/// "Today": the file's `as_of`, else `--as-of`, else the real date (DESIGN.md).
public enum Today {
    /// The real date today (UTC), as a day.
    public static var date: PartialDate? {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC") ?? .current, from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    /// "Today" for `graph`: `option` (the command's `--as-of`), else the file's `as_of`, else the real date.
    public static func resolve(_ option: PartialDate?, in graph: Graph) -> PartialDate? {
        option ?? graph.asOf ?? date
    }

    /// The records dated after `today` (their first day is later): `met` and other ties as
    /// "from–to" with the kind, events by id, each with its date.
    /// - Complexity: O(t + e).
    public static func recordsAfter(_ today: PartialDate, in graph: Graph) -> [DatedRecord] {
        let limit = today.lastDayNumber
        var result = [DatedRecord]()
        for tie in graph.ties {
            guard let date = tie.date, date.start.firstDayNumber > limit else { continue }
            result.append(DatedRecord(tie: tie.kind, actors: [tie.from, tie.to], event: nil, date: date))
        }
        for event in graph.events {
            guard let date = event.date, date.start.firstDayNumber > limit else { continue }
            result.append(DatedRecord(tie: nil, actors: [], event: event.id, date: date))
        }
        return result
    }
}

/// A tie or an event with its date (for the "dated after today" warning).
public struct DatedRecord: Sendable, Hashable {
    /// The tie kind, for a tie.
    public var tie: TieKind?
    /// The tie's ends, for a tie.
    public var actors: [String]
    /// The event id, for an event.
    public var event: String?
    /// Its date.
    public var date: DateSpan
}
