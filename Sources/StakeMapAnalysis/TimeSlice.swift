/// A moment or a period of a network's history: what `--at DATE` and `--between A..B` select.
public struct TimeSlice: Sendable, Hashable {
    /// How a slice selects dated records.
    public enum Selection: Sendable, Hashable {
        /// The network as it stood on a date: ties and events dated on or before it, and
        /// intervals (`start`/`end`) open on it.
        case at(PartialDate)
        /// What happened in a period: ties, events and intervals that overlap it.
        case between(DateSpan)
    }

    /// The moment or period.
    public let selection: Selection
    /// Whether undated ties and events are kept (the default: a record without a date may have
    /// held at any time).
    public let keepsUndated: Bool

    /// Creates a slice.
    public init(_ selection: Selection, keepsUndated: Bool = true) {
        self.selection = selection
        self.keepsUndated = keepsUndated
    }

    /// Whether a record dated `date` (nil: undated) belongs to the slice; `isInterval` marks a
    /// span that holds throughout (a tie's `start`/`end`), as opposed to something that happened.
    /// - Complexity: O(1).
    public func contains(_ date: DateSpan?, isInterval: Bool) -> Bool {
        guard let date else { return keepsUndated }
        switch selection {
        case .at(let moment):
            guard date.start.firstDayNumber <= moment.lastDayNumber else { return false }
            return !isInterval || date.end.lastDayNumber >= moment.firstDayNumber
        case .between(let period):
            return date.overlaps(period)
        }
    }
}

extension Graph {
    /// The network as it stood at the slice's moment (or what happened in its period): every
    /// actor, the ties and events the slice keeps, and the sources cited by what remains.
    ///
    /// One slicing for every analysis: a command's `--at`/`--between` calls this before building
    /// its analysis view, so all measures of a slice see the same network.
    /// - Complexity: O(actors + ties + events + sources).
    public func sliced(_ slice: TimeSlice) -> Graph {
        let ties = self.ties.filter { slice.contains($0.date, isInterval: $0.usesStartEnd) }
        let events = self.events.filter { slice.contains($0.date, isInterval: false) }
        let cited = Set((actors.flatMap(\.sources) + ties.flatMap(\.sources) + events.flatMap(\.sources)).map(\.sourceID))
        return Graph(title: title, description: description, asOf: asOf,
                     sources: sources.filter { cited.contains($0.id) }, actors: actors, ties: ties, events: events)
    }
}
