/// An actor attribute that divides a network into groups: for gap detection between groups and
/// for Gould–Fernandez brokerage roles.
public enum GroupAttribute: String, Sendable, Hashable, CaseIterable, Codable {
    /// The actor's `region` (`east`, `south`, …).
    case region
    /// The actor's kind (`person`, `un-body`, …).
    case kind
    /// The actor's country code.
    case country
    /// Each of the actor's tags (an actor may be in several groups).
    case tag
    /// A person's gender.
    case gender
    /// The actor's place.
    case place

    /// The groups `actor` belongs to: none when the attribute is unset, several for tags.
    public func values(of actor: Actor) -> [String] {
        switch self {
        case .region: actor.region.map { [$0] } ?? []
        case .kind: [actor.kind.rawValue]
        case .country: actor.country.map { [$0.uppercased()] } ?? []
        case .tag: actor.tags
        case .gender: actor.gender.map { [$0.rawValue] } ?? []
        case .place: actor.place.map { [$0] } ?? []
        }
    }

    /// Whether an actor has at most one value (every attribute but `tag`).
    public var isSingleValued: Bool { self != .tag }
}
