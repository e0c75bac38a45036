import ArgumentParser
import StakeMapAnalysis

/// The Gould–Fernandez columns of `brokers --group-by`: roles counted on the directed view
/// (undirected ties and shared events count both ways), whatever `--directed` says.
struct BrokerRoleColumns {
    /// The column headers after `effective`.
    static let headers = ["group", "coord", "itin", "gate", "repr", "liaison"]

    let roles: BrokerageRoles
    private let position: [String: Int]

    /// Roles for the network view of `graph` by `attribute`.
    static func roles(_ graph: Graph, view: NetworkViewOptions, audience: Audience, attribute: GroupAttribute) throws -> BrokerRoleColumns {
        var options = try view.networkOptions(audience: audience)
        options.directed = true
        let roles = Network(graph, options: options).brokerageRoles(in: graph, by: attribute)
        return BrokerRoleColumns(roles: roles, position: Dictionary(uniqueKeysWithValues: roles.ids.enumerated().map { ($1, $0) }))
    }

    /// Roles for the network view of `graph` by any attribute name, a custom field included (`club`).
    static func roles(_ graph: Graph, view: NetworkViewOptions, audience: Audience, attributeName: String) throws -> BrokerRoleColumns {
        var options = try view.networkOptions(audience: audience)
        options.directed = true
        let roles = Network(graph, options: options).brokerageRoles(in: graph, byAttribute: attributeName)
        return BrokerRoleColumns(roles: roles, position: Dictionary(uniqueKeysWithValues: roles.ids.enumerated().map { ($1, $0) }))
    }

    /// The counts of an actor.
    func counts(for id: String) -> BrokerageCounts? { position[id].map { roles.counts[$0] } }

    /// The group of an actor.
    func group(of id: String) -> String? { position[id].flatMap { roles.groups[$0] } }

    /// The table cells of an actor.
    func cells(for id: String) -> [String] {
        let counts = self.counts(for: id) ?? BrokerageCounts()
        return [group(of: id) ?? "—"] + BrokerageRole.allCases.map { String(counts[$0]) }
    }
}
