/// What sort of actor a node of the network is.
public enum ActorKind: String, Sendable, CaseIterable, Codable, Comparable {
    /// A human being.
    case person
    /// A formally constituted organization (NGO, company, association).
    case organization
    /// An alliance of organizations and/or persons.
    case coalition
    /// A United Nations entity (mission, agency, office).
    case unBody = "un-body"
    /// A government body: a ministry, a parliament, an election commission.
    case government
    /// An embassy or other diplomatic mission.
    case diplomaticMission = "diplomatic-mission"
    /// A state as a whole.
    case state
    /// An intergovernmental organization other than the UN (EU, AU, OSCE).
    case intergovernmental
    /// A newspaper, broadcaster or magazine.
    case media
    /// A community or constituency without formal structure.
    case community
    /// An office that outlives its holder ("French Ambassador to Libya").
    case post
    /// Anything else.
    case other

    /// Orders kinds by their declaration order.
    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
