/// Gould & Fernandez's five brokerage roles: the broker `b` of a path `a → b → c` with no tie
/// `a → c`, named by which of the three share a group.
public enum BrokerageRole: String, Sendable, Hashable, CaseIterable, Codable {
    /// All three in one group.
    case coordinator
    /// `a` and `c` in one group, the broker outside it (itinerant broker, or consultant).
    case itinerant
    /// The broker in the receiving group, `a` outside: it gates access to its group.
    case gatekeeper
    /// The broker in the sending group, `c` outside: it represents its group to others.
    case representative
    /// All three in different groups.
    case liaison

    /// The role of a broker with groups `a`, `b`, `c` (source, broker, target).
    @inlinable
    public static func of(source a: Int32, broker b: Int32, target c: Int32) -> BrokerageRole {
        switch (a == b, b == c, a == c) {
        case (true, true, _): .coordinator
        case (false, false, true): .itinerant
        case (false, true, _): .gatekeeper
        case (true, false, _): .representative
        default: .liaison
        }
    }
}

/// The five role counts of one actor.
public struct BrokerageCounts: Sendable, Hashable, Codable {
    /// All three in one group.
    public var coordinator = 0
    /// Source and target in one group, the broker outside.
    public var itinerant = 0
    /// Broker and target in one group.
    public var gatekeeper = 0
    /// Source and broker in one group.
    public var representative = 0
    /// All in different groups.
    public var liaison = 0

    /// Creates zero counts.
    public init() {}

    /// The count of `role`.
    public subscript(role: BrokerageRole) -> Int {
        get {
            switch role {
            case .coordinator: coordinator
            case .itinerant: itinerant
            case .gatekeeper: gatekeeper
            case .representative: representative
            case .liaison: liaison
            }
        }
        set {
            switch role {
            case .coordinator: coordinator = newValue
            case .itinerant: itinerant = newValue
            case .gatekeeper: gatekeeper = newValue
            case .representative: representative = newValue
            case .liaison: liaison = newValue
            }
        }
    }

    /// All brokered paths.
    public var total: Int { coordinator + itinerant + gatekeeper + representative + liaison }

    /// Paths brokered between different groups (every role but coordinator).
    public var betweenGroups: Int { total - coordinator }
}

/// Gould–Fernandez brokerage roles per actor.
public struct BrokerageRoles: Sendable, Hashable {
    /// The actor id of each node.
    public let ids: [String]
    /// The group name of each node, nil when the attribute is unset.
    public let groups: [String?]
    /// The role counts of each node.
    public let counts: [BrokerageCounts]

    /// The counts of the actor with `id`, if present.
    /// - Complexity: O(n).
    public func counts(for id: String) -> BrokerageCounts? { ids.firstIndex(of: id).map { counts[$0] } }
}

extension Network {
    /// Gould–Fernandez brokerage roles (Gould & Fernandez 1989): for every broker `b`, every
    /// ordered pair `a ≠ c` with arcs `a → b` and `b → c` and no arc `a → c` counts once in
    /// the role given by the groups of `a`, `b` and `c`.
    ///
    /// On an undirected view (or for undirected tie kinds in a directed view) every tie is an
    /// arc both ways, so an open two-path `a – b – c` counts twice, once in each direction: as
    /// representative one way and gatekeeper the other when `b` shares the group of one end.
    /// Paths through an actor without a group (`nil`) are not counted.
    /// - Parameter groups: a group number per node, nil when unknown.
    /// - Complexity: O(Σ_b in(b)·out(b)·log d) time, O(n) memory.
    public func brokerageRoles(groups: [Int32?]) -> [BrokerageCounts] {
        precondition(groups.count == nodeCount, "one group per node")
        var counts = [BrokerageCounts](repeating: BrokerageCounts(), count: nodeCount)
        for b in 0..<nodeCount {
            guard let gb = groups[b] else { continue }
            for a in predecessors(of: Int32(b)) where Int(a) != b {
                guard let ga = groups[Int(a)] else { continue }
                let row = neighbors(of: a)
                for c in neighbors(of: Int32(b)) where c != a && Int(c) != b {
                    guard let gc = groups[Int(c)], !Network.contains(row, c) else { continue }
                    counts[b][BrokerageRole.of(source: ga, broker: gb, target: gc)] += 1
                }
            }
        }
        return counts
    }

    /// Gould–Fernandez roles with groups from an actor attribute of `graph` (for `tag`, an
    /// actor's first tag). See `brokerageRoles(groups:)`.
    /// - Complexity: as `brokerageRoles(groups:)`, plus O(n) lookups.
    public func brokerageRoles(in graph: Graph, by attribute: GroupAttribute) -> BrokerageRoles {
        var numbers = [String: Int32]()
        let names = ids.map { id in graph.actor(withID: id).flatMap { attribute.values(of: $0).first } }
        let groups = names.map { name -> Int32? in
            guard let name else { return nil }
            if let number = numbers[name] { return number }
            let number = Int32(numbers.count)
            numbers[name] = number
            return number
        }
        return BrokerageRoles(ids: ids, groups: names, counts: brokerageRoles(groups: groups))
    }

    /// Whether the sorted row contains `node` (binary search).
    private static func contains(_ row: ArraySlice<Int32>, _ node: Int32) -> Bool {
        var low = row.startIndex, high = row.endIndex
        while low < high {
            let middle = (low + high) / 2
            if row[middle] < node { low = middle + 1 } else { high = middle }
        }
        return low < row.endIndex && row[low] == node
    }
}
