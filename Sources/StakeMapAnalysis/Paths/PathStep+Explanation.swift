/// What explains one step of an introduction path: its strongest and most recent evidence (at
/// most two items, best first) and how many more there are. Facts only: StakeMapText words them
/// (`PathText`), in any language.
public struct StepExplanation: Sendable, Hashable, Codable {
    /// The evidence shown, best first: meetings and shared events before other ties, then the
    /// most recent, then the strongest.
    public var shown: [PairEvidence]
    /// How many more pieces of evidence the step has.
    public var more: Int

    /// Creates an explanation.
    public init(shown: [PairEvidence], more: Int) {
        self.shown = shown
        self.more = more
    }
}

extension PathStep {
    /// The step's explanation: its strongest and most recent evidence (at most two items).
    public var explanation: StepExplanation {
        let ranked = evidence.sorted { lhs, rhs in
            let l = (lhs.tieKind == .met || lhs.event != nil ? 1 : 0, lhs.date?.end.lastDayNumber ?? Int.min, lhs.strength)
            let r = (rhs.tieKind == .met || rhs.event != nil ? 1 : 0, rhs.date?.end.lastDayNumber ?? Int.min, rhs.strength)
            return l > r
        }
        return StepExplanation(shown: Array(ranked.prefix(2)), more: max(0, evidence.count - 2))
    }
}
