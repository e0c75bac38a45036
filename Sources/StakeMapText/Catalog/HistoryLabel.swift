/// A label of the report's "network over time" section: its heading, note and column names.
public enum HistoryLabel: String, Sendable, CaseIterable, Hashable {
    /// The section's heading, "Network over time".
    case heading
    /// The note under the heading: what a period's numbers count.
    case note
    /// The column of periods, "Period".
    case period
    /// Actors with a tie or event in the period, "Actors active".
    case actorsActive
    /// Ties dated in the period, "Ties".
    case ties
    /// Events and `met` ties in the period, "Meetings".
    case meetings
    /// The density of the period's network, "Density".
    case density
    /// Its number of separate pieces, "Components".
    case components
    /// The period's most connected actors, "Most connected".
    case topActors
    /// Said when nothing is dated, "No dated ties or events: nothing to show over time."
    case empty
}
