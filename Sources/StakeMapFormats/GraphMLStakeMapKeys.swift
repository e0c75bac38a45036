/// The names of the graph-level keys that only StakeMap writes.
enum GraphMLStakeMapKeys {
    /// The source records, as a JSON array in the native structure.
    static let sources = "stakemap_sources"
    /// The events, as a JSON array in the native structure.
    static let events = "stakemap_events"
}
