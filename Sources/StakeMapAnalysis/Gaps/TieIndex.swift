/// The ties of a graph by actor and by actor pair, for evidence lookups.
public struct TieIndex: Sendable {
    private let tiesByActor: [String: [Tie]]
    private let tiesByPair: [String: [Tie]]

    /// Indexes the ties of `graph`.
    /// - Complexity: O(t).
    public init(_ graph: Graph) {
        var byActor = [String: [Tie]](), byPair = [String: [Tie]]()
        for tie in graph.ties where tie.from != tie.to {
            byActor[tie.from, default: []].append(tie)
            byActor[tie.to, default: []].append(tie)
            byPair[TieIndex.key(tie.from, tie.to), default: []].append(tie)
        }
        tiesByActor = byActor
        tiesByPair = byPair
    }

    /// Every tie of `actor`, in graph order.
    public func ties(of actor: String) -> [Tie] { tiesByActor[actor] ?? [] }

    /// The ties between two actors in either direction, in graph order.
    public func ties(between a: String, and b: String) -> [Tie] { tiesByPair[TieIndex.key(a, b)] ?? [] }

    private static func key(_ a: String, _ b: String) -> String { a < b ? a + "\u{0}" + b : b + "\u{0}" + a }
}
