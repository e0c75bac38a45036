import StakeMap

extension Network {
    /// Gould–Fernandez roles with groups named by any attribute of `graph`'s actors, a custom field
    /// included (`club`): see `Actor.attributeValue(_:)` and `brokerageRoles(groups:)`.
    /// - Complexity: as `brokerageRoles(groups:)`, plus O(n) lookups.
    public func brokerageRoles(in graph: Graph, byAttribute name: String) -> BrokerageRoles {
        var numbers = [String: Int32]()
        let names = ids.map { id in graph.actor(withID: id).flatMap { $0.attributeValue(name) } }
        let groups = names.map { name -> Int32? in
            guard let name else { return nil }
            if let number = numbers[name] { return number }
            let number = Int32(numbers.count)
            numbers[name] = number
            return number
        }
        return BrokerageRoles(ids: ids, groups: names, counts: brokerageRoles(groups: groups))
    }
}
