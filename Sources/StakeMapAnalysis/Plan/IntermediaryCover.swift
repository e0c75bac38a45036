/// The greedy set cover of targets by intermediaries (Chvátal 1979): repeatedly choose the
/// candidate that opens the most targets not yet opened; ties go to coalition members, then to
/// the warmer route, then to the id.
///
/// Greedy is within a factor `H(k) ≤ 1 + ln k` of the smallest cover, for `k` the largest
/// number of targets one intermediary opens.
public enum IntermediaryCover {
    /// One candidate: an intermediary, the targets it can open, and its rank keys.
    public struct Candidate: Sendable, Hashable {
        /// The intermediary's id.
        public var id: String
        /// The targets it can open.
        public var opens: Set<String>
        /// Whether it is a member of the coalition (preferred).
        public var isMember: Bool
        /// The warmest cost of a route through it (lower preferred).
        public var cost: Double

        /// Creates a candidate.
        public init(id: String, opens: Set<String>, isMember: Bool, cost: Double) {
            self.id = id
            self.opens = opens
            self.isMember = isMember
            self.cost = cost
        }
    }

    /// The chosen candidates in order, each with the targets it newly opens.
    /// - Complexity: O(c² · t) for `c` candidates and `t` targets.
    public static func choose(_ candidates: [Candidate]) -> [(id: String, opens: [String])] {
        var uncovered = candidates.reduce(into: Set<String>()) { $0.formUnion($1.opens) }
        var chosen = [(id: String, opens: [String])]()
        while !uncovered.isEmpty {
            let best = candidates.max { lhs, rhs in
                let (l, r) = (lhs.opens.intersection(uncovered).count, rhs.opens.intersection(uncovered).count)
                if l != r { return l < r }
                if lhs.isMember != rhs.isMember { return !lhs.isMember }
                if lhs.cost != rhs.cost { return lhs.cost > rhs.cost }
                return lhs.id > rhs.id
            }
            guard let best, !best.opens.isDisjoint(with: uncovered) else { break }
            chosen.append((best.id, best.opens.intersection(uncovered).sorted()))
            uncovered.subtract(best.opens)
        }
        return chosen
    }
}
