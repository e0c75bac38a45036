/// A partition of a network's nodes into components.
public struct Components: Sendable, Hashable {
    /// The actor id of each node.
    public let ids: [String]
    /// The component of each node: components are numbered from the largest, equal sizes by
    /// their smallest node index.
    public let componentOf: [Int32]
    /// The number of nodes in each component.
    public let sizes: [Int]

    /// Numbers the components of a raw labelling (any label per node) canonically.
    init(ids: [String], labels: [Int32]) {
        var first = [Int32: (size: Int, smallest: Int)]()
        for (node, label) in labels.enumerated() {
            if let seen = first[label] { first[label] = (seen.size + 1, seen.smallest) } else { first[label] = (1, node) }
        }
        let order = first.keys.sorted { lhs, rhs in
            let (a, b) = (first[lhs] ?? (0, 0), first[rhs] ?? (0, 0))
            return a.size != b.size ? a.size > b.size : a.smallest < b.smallest
        }
        var number = [Int32: Int32]()
        for (position, label) in order.enumerated() { number[label] = Int32(position) }
        self.ids = ids
        self.componentOf = labels.map { number[$0] ?? 0 }
        self.sizes = order.map { first[$0]?.size ?? 0 }
    }

    /// The number of components.
    public var count: Int { sizes.count }

    /// The node indices of each component, in component order, each sorted by index.
    /// - Complexity: O(n).
    public func members() -> [[Int32]] {
        var result = sizes.map { size -> [Int32] in
            var members = [Int32]()
            members.reserveCapacity(size)
            return members
        }
        for (node, component) in componentOf.enumerated() { result[Int(component)].append(Int32(node)) }
        return result
    }
}

extension Network {
    /// Connected components (weakly connected on a directed view), by breadth-first search.
    /// - Complexity: O(n + m).
    public func components() -> Components {
        let n = nodeCount
        var label = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var current: Int32 = 0
        for root in 0..<n where label[root] < 0 {
            label[root] = current
            queue[0] = Int32(root)
            var head = 0, tail = 1
            while head < tail {
                let v = Int(queue[head])
                head += 1
                for entry in offsets[v]..<offsets[v + 1] where label[Int(targets[entry])] < 0 {
                    label[Int(targets[entry])] = current
                    queue[tail] = targets[entry]
                    tail += 1
                }
                if isDirected {
                    for entry in inOffsets[v]..<inOffsets[v + 1] where label[Int(inTargets[entry])] < 0 {
                        label[Int(inTargets[entry])] = current
                        queue[tail] = inTargets[entry]
                        tail += 1
                    }
                }
            }
            current += 1
        }
        return Components(ids: ids, labels: label)
    }

    /// Strongly connected components (Tarjan 1972, iterative); on an undirected view the same
    /// as `components()`.
    /// - Complexity: O(n + m).
    public func strongComponents() -> Components {
        guard isDirected else { return components() }
        let n = nodeCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var label = [Int32](repeating: -1, count: n)
        var stack = [Int32]()
        var calls = [(node: Int32, entry: Int)]()
        var counter: Int32 = 0, current: Int32 = 0
        for root in 0..<n where index[root] < 0 {
            calls.append((Int32(root), offsets[root]))
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(Int32(root)); onStack[root] = true
            while let top = calls.last {
                let v = Int(top.node)
                if top.entry < offsets[v + 1] {
                    calls[calls.count - 1].entry += 1
                    let w = Int(targets[top.entry])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(Int32(w)); onStack[w] = true
                        calls.append((Int32(w), offsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                } else {
                    calls.removeLast()
                    if let parent = calls.last { low[Int(parent.node)] = min(low[Int(parent.node)], low[v]) }
                    if low[v] == index[v] {
                        while let w = stack.popLast() {
                            onStack[Int(w)] = false
                            label[Int(w)] = current
                            if Int(w) == v { break }
                        }
                        current += 1
                    }
                }
            }
        }
        return Components(ids: ids, labels: label)
    }
}
