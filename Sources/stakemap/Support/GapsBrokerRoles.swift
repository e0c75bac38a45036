import ArgumentParser
import StakeMapAnalysis
import StakeMapText

/// The Gould–Fernandez columns of `brokers --group-by`: roles counted on the directed view
/// (undirected ties and shared events count both ways), whatever `--directed` says.
struct BrokerRoleColumns {
    /// The column headers after `effective`, in the language of `words`.
    static func headers(_ words: Words) -> [String] {
        ([.brokerGroup, .roleCoord, .roleItin, .roleGate, .roleRepr, .roleLiaison] as [CommandMessage]).map { words($0) }
    }

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

    /// The table cells of an actor (the group as recorded; counts in the digits of `words`).
    func cells(for id: String, words: Words) -> [String] {
        let counts = self.counts(for: id) ?? BrokerageCounts()
        return [group(of: id) ?? "—"] + BrokerageRole.allCases.map { words.digits.format(counts[$0]) }
    }
}

extension BrokerRoleColumns {
    /// How many of the visible actors have a value of `attribute`, and how many groups there are.
    static func coverage(_ graph: Graph, audience: Audience, attribute: String) -> (with: Int, total: Int, groups: Int) {
        let actors = graph.visible(to: audience).actors
        let values = actors.compactMap { $0.attributeValue(attribute) }
        return (values.count, actors.count, Set(values).count)
    }

    /// Whether any actor has a role count above zero.
    var isEmpty: Bool { roles.counts.allSatisfy { counts in BrokerageRole.allCases.allSatisfy { counts[$0] == 0 } } }

    /// The notes for standard error: how many actors lack the attribute, and whether roles mean anything.
    static func notes(_ coverage: (with: Int, total: Int, groups: Int), attribute name: String, empty: Bool, words: Words) -> [String] {
        var notes = [String]()
        let missing = coverage.total - coverage.with
        let attribute = TextValue.id(name)
        if missing > 0 {
            notes.append(words(CommandMessage.brokersMissing, ["missing": .number(missing), "total": .number(coverage.total), "attribute": attribute]))
        }
        if coverage.groups < 2 || empty {
            let groups = words(one: .groupCountOne, other: .groupCount, number: coverage.groups)
            notes.append(words(CommandMessage.brokersTooFew, ["with": .number(coverage.with), "total": .number(coverage.total),
                                                              "attribute": attribute, "groups": .worded(groups)]))
        }
        return notes
    }
}
