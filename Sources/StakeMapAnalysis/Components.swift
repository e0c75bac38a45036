/// A partition of a network's nodes into components.
public struct Components: Sendable, Hashable {
    /// The actor id of each node.
    public let ids: [String]
    /// The component of each node: components are numbered from the largest, equal sizes by
    /// their smallest node index.
    public let componentOf: [Int32]
    /// The number of nodes in each component.
    public let sizes: [Int]

    /// Numbers the components of a raw labelling (labels in `0..<labels.count`, as every
    /// component algorithm here produces) canonically: largest first, equal sizes by smallest node.
    /// - Complexity: O(n + k log k) for k components.
    init(ids: [String], labels raw: [Int32]) {
        let n = raw.count
        // Any other labelling is first renumbered densely (never trap on an unexpected label).
        let labels = raw.allSatisfy { $0 >= 0 && Int($0) < n } ? raw : Components.densified(raw)
        var size = [Int](repeating: 0, count: n)
        var smallest = [Int](repeating: Int.max, count: n)
        for node in 0..<n {
            let label = Int(labels[node])
            size[label] += 1
            if smallest[label] == Int.max { smallest[label] = node }
        }
        let order = (0..<n).filter { size[$0] > 0 }.sorted { lhs, rhs in
            size[lhs] != size[rhs] ? size[lhs] > size[rhs] : smallest[lhs] < smallest[rhs]
        }
        var number = [Int32](repeating: 0, count: n)
        for (position, label) in order.enumerated() { number[label] = Int32(position) }
        self.ids = ids
        self.componentOf = labels.map { number[Int($0)] }
        self.sizes = order.map { size[$0] }
    }

    private static func densified(_ labels: [Int32]) -> [Int32] {
        var number = [Int32: Int32]()
        return labels.map { label in
            if let known = number[label] { return known }
            let next = Int32(number.count)
            number[label] = next
            return next
        }
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
    /// Connected components (weakly connected on a directed view), by union–find over the edge
    /// list (path halving, union by smaller root), then numbered in order of their first node.
    /// - Complexity: O(n + m α(n)).
    public func components() -> Components {
        let n = nodeCount
        var parent = [Int32](unsafeUninitializedCapacity: n) { buffer, count in
            for node in 0..<n { buffer[node] = Int32(node) }
            count = n
        }
        parent.withUnsafeMutableBufferPointer { parent in
            @inline(__always) func root(_ node: Int32) -> Int32 {
                var node = node
                while parent[Int(node)] != node {
                    let grandparent = parent[Int(parent[Int(node)])]
                    parent[Int(node)] = grandparent
                    node = grandparent
                }
                return node
            }
            edgeSources.withUnsafeBufferPointer { sources in
                edgeTargets.withUnsafeBufferPointer { targets in
                    for edge in 0..<sources.count {
                        let a = root(sources[edge]), b = root(targets[edge])
                        if a != b {
                            if a < b { parent[Int(b)] = a } else { parent[Int(a)] = b }
                        }
                    }
                }
            }
        }
        var label = [Int32](repeating: -1, count: n)
        var current: Int32 = 0
        parent.withUnsafeMutableBufferPointer { parent in
            label.withUnsafeMutableBufferPointer { label in
                for node in 0..<n {
                    // Roots are the smallest node of their set, so a root is met before its members.
                    var top = Int32(node)
                    while parent[Int(top)] != top { top = parent[Int(top)] }
                    if top == Int32(node) {
                        label[node] = current
                        current += 1
                    } else {
                        label[node] = label[Int(top)]
                    }
                }
            }
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
