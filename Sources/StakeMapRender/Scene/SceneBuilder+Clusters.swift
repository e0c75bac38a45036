extension SceneBuilder {
    /// Draws each coalition that has members as a cluster around itself and its members.
    ///
    /// A member of several coalitions goes into the first one in actor order. A coalition
    /// that is itself a member of another coalition is nested inside it, unless that would
    /// close a cycle. Only `dot` and `fdp` draw clusters.
    mutating func addClusters() {
        let coalitions = view.actors.filter { $0.kind == .coalition }
        guard !coalitions.isEmpty else { return }
        var order = [String: Int]()
        for (position, coalition) in coalitions.enumerated() { order[coalition.id] = position }

        var firstCoalition = [String: String]()
        for numbered in view.ties {
            let tie = numbered.tie
            guard tie.kind == .memberOf, tie.from != tie.to, let rank = order[tie.to] else { continue }
            if let current = firstCoalition[tie.from], let currentRank = order[current], currentRank <= rank { continue }
            firstCoalition[tie.from] = tie.to
        }
        let withMembers = Set(firstCoalition.values)
        let clustered = coalitions.filter { withMembers.contains($0.id) }

        var parent = [String: String]()
        for coalition in clustered {
            guard let candidate = firstCoalition[coalition.id] else { continue }
            var cursor: String? = candidate
            var closesCycle = false
            while let ancestor = cursor {
                if ancestor == coalition.id { closesCycle = true; break }
                cursor = parent[ancestor]
            }
            if !closesCycle { parent[coalition.id] = candidate }
        }
        func depth(of id: String) -> Int {
            var count = 0
            var cursor = parent[id]
            while let ancestor = cursor { count += 1; cursor = parent[ancestor] }
            return count
        }
        let sorted = clustered.sorted { lhs, rhs in
            let (left, right) = (depth(of: lhs.id), depth(of: rhs.id))
            return left != right ? left < right : (order[lhs.id] ?? 0) < (order[rhs.id] ?? 0)
        }
        var clusterIndex = [String: Int]()
        for coalition in sorted {
            var attributes = AttributeList()
            attributes.set("id", MapElementID.coalition(coalition.id))
            attributes.set("class", "coalition")
            attributes.set("label", "")
            attributes.set("style", "rounded,filled")
            attributes.set("fillcolor", Theme.clusterFill)
            attributes.set("color", Theme.clusterOutline)
            attributes.set("penwidth", 1.2)
            attributes.set("margin", "10")
            clusterIndex[coalition.id] = scene.clusters.count
            appendCluster(Scene.Cluster(name: "cluster_\(scene.clusters.count)",
                                        parent: parent[coalition.id].flatMap { clusterIndex[$0] },
                                        attributes: attributes.items))
        }
        for actor in view.actors {
            if let own = clusterIndex[actor.id] {
                clusterOfActor[actor.id] = own
            } else if let coalition = firstCoalition[actor.id], let index = clusterIndex[coalition] {
                clusterOfActor[actor.id] = index
            }
        }
    }
}
