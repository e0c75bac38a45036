import ArgumentParser
import StakeMapAnalysis

/// Whether a time slice keeps undated ties and events.
enum UndatedRecords: String, ExpressibleByArgument, CaseIterable {
    /// Keep them (a record without a date may have held at any time).
    case include
    /// Leave them out.
    case exclude
}

/// `--at DATE`, `--between A..B` and `--undated`: the one time option group of every analysis
/// command; the slicing itself is `Graph.sliced(_:)` in StakeMapAnalysis.
struct TimeSliceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("""
        The network as it stood on DATE (YYYY, YYYY-MM or YYYY-MM-DD): ties and events dated on or \
        before it, start/end intervals open on it, undated records kept.
        """, valueName: "date"))
    var at: String?

    @Option(help: ArgumentHelp("""
        What happened in a period A..B (e.g. 2018..2019-06; one date for that year, month or day): \
        ties, events and intervals overlapping it, undated records kept.
        """, valueName: "period"))
    var between: String?

    @Option(help: "With --at or --between: include (default) or exclude undated ties and events.")
    var undated: UndatedRecords = .include

    func validate() throws {
        if at != nil && between != nil { throw ValidationError("--at and --between cannot be combined; choose one") }
        _ = try slice()
    }

    /// The slice asked for, or nil when neither --at nor --between is given.
    func slice() throws -> TimeSlice? {
        let keep = undated == .include
        if let at {
            guard let date = PartialDate(parsing: at) else {
                throw ValidationError("--at '\(at)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
            }
            return TimeSlice(.at(date), keepsUndated: keep)
        }
        if let between {
            guard let period = DateSpan(parsing: between) else {
                throw ValidationError("--between '\(between)' is not a period; write A..B with dates YYYY, YYYY-MM or YYYY-MM-DD (B not before A)")
            }
            return TimeSlice(.between(period), keepsUndated: keep)
        }
        return nil
    }

    /// `graph` as the slice sees it (unchanged without --at/--between).
    func apply(to graph: Graph) throws -> Graph {
        guard let slice = try slice() else { return graph }
        return graph.sliced(slice)
    }
}
