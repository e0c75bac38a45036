extension EnglishCatalog {
    /// A label of the report's "network over time" section in English.
    public func label(_ label: HistoryLabel) -> String {
        switch label {
        case .heading: "Network over time"
        case .note: "Per period, what happened in it: the actors with a tie or event dated in it, its ties and meetings, and the density and number of separate pieces of the network they form. Undated records are left out."
        case .period: "Period"
        case .actorsActive: "Actors active"
        case .ties: "Ties"
        case .meetings: "Meetings"
        case .density: "Density"
        case .components: "Components"
        case .topActors: "Most connected"
        case .empty: "No dated ties or events: nothing to show over time."
        }
    }
}
