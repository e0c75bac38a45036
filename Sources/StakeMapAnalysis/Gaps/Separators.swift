extension Network {
    /// The actors whose removal alone disconnects `source` from `target` (the single points of
    /// failure between them), in path order; empty when they are not connected or when no
    /// single actor separates them.
    ///
    /// Only actors on one shortest path can separate the two, so each of them is removed in
    /// turn and reachability checked again.
    /// - Complexity: O(L·(n + m)) for a path of `L` actors.
    public func separators(between source: Int32, and target: Int32) -> [Int32] {
        guard let path = hopPath(from: source, to: target, avoiding: -1), path.count > 2 else { return [] }
        return path.dropFirst().dropLast().filter { hopPath(from: source, to: target, avoiding: $0) == nil }
    }

    /// A fewest-hops path (breadth-first, over both directions), or nil.
    /// - Complexity: O(n + m).
    func hopPath(from source: Int32, to target: Int32, avoiding blocked: Int32) -> [Int32]? {
        var previous = [Int32](repeating: -2, count: nodeCount)
        var queue = [source]
        var head = 0
        previous[Int(source)] = -1
        while head < queue.count {
            let v = queue[head]
            head += 1
            if v == target { break }
            for w in neighbors(of: v) + (isDirected ? predecessors(of: v) : []) where w != blocked && previous[Int(w)] == -2 {
                previous[Int(w)] = v
                queue.append(w)
            }
        }
        guard previous[Int(target)] != -2 else { return nil }
        var path = [target]
        while let last = path.last, previous[Int(last)] >= 0 { path.append(previous[Int(last)]) }
        return path.reversed()
    }
}
