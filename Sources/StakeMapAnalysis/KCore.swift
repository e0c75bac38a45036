extension Network {
    /// The core number of each actor: the largest `k` such that it belongs to a subnetwork in
    /// which everyone has at least `k` ties (Seidman 1983), computed by the Batagelj &
    /// Zaversnik 2003 bucket algorithm. On a directed view degree is in- plus out-degree, as in
    /// networkx `core_number`.
    /// - Complexity: O(n + m).
    public func coreNumbers() -> [Int] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var degree = [Int](repeating: 0, count: n)
        for v in 0..<n {
            degree[v] = offsets[v + 1] - offsets[v] + (isDirected ? inOffsets[v + 1] - inOffsets[v] : 0)
        }
        let maxDegree = degree.max() ?? 0
        // Bucket sort nodes by degree: `bin[d]` is where degree-d nodes start in `vertices`.
        var bin = [Int](repeating: 0, count: maxDegree + 1)
        for d in degree { bin[d] += 1 }
        var start = 0
        for d in 0...maxDegree {
            let count = bin[d]
            bin[d] = start
            start += count
        }
        var vertices = [Int32](repeating: 0, count: n)
        var position = [Int](repeating: 0, count: n)
        for v in 0..<n {
            position[v] = bin[degree[v]]
            vertices[position[v]] = Int32(v)
            bin[degree[v]] += 1
        }
        for d in stride(from: maxDegree, to: 0, by: -1) { bin[d] = bin[d - 1] }
        bin[0] = 0
        // The peeling loop runs on raw buffers (no bounds checks, no closure context).
        degree.withUnsafeMutableBufferPointer { degree in
            bin.withUnsafeMutableBufferPointer { bin in
                vertices.withUnsafeMutableBufferPointer { vertices in
                    position.withUnsafeMutableBufferPointer { position in
                        offsets.withUnsafeBufferPointer { offsets in
                            targets.withUnsafeBufferPointer { targets in
                                inOffsets.withUnsafeBufferPointer { inOffsets in
                                    inTargets.withUnsafeBufferPointer { inTargets in
                                        /// Moves `u` (of higher degree than the node being peeled) down one bucket.
                                        @inline(__always) func lower(_ u: Int, below dv: Int) {
                                            let du = degree[u]
                                            guard du > dv else { return }
                                            let pu = position[u], pw = bin[du]
                                            let w = Int(vertices[pw])
                                            if u != w {
                                                position[u] = pw
                                                vertices[pu] = Int32(w)
                                                position[w] = pu
                                                vertices[pw] = Int32(u)
                                            }
                                            bin[du] = pw + 1
                                            degree[u] = du - 1
                                        }
                                        for i in 0..<n {
                                            let v = Int(vertices[i])
                                            let dv = degree[v]
                                            for entry in offsets[v]..<offsets[v + 1] { lower(Int(targets[entry]), below: dv) }
                                            if isDirected {
                                                for entry in inOffsets[v]..<inOffsets[v + 1] { lower(Int(inTargets[entry]), below: dv) }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return degree
    }
}
