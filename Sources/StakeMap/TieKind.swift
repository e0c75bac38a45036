/// The relationship a tie records, and whether it has a direction.
public enum TieKind: String, Sendable, CaseIterable, Codable, Comparable {
    /// `from` is a member of the coalition or organization `to`.
    case memberOf = "member-of"
    /// `from` is a structural part of `to` (a unit of a ministry).
    case partOf = "part-of"
    /// `from` leads `to`.
    case leads
    /// `from` is employed by `to`.
    case worksFor = "works-for"
    /// The person `from` holds the post `to`.
    case holds
    /// `from` speaks on behalf of `to`.
    case represents
    /// `from` founded `to`.
    case founded
    /// `from` supports `to` (politically or technically).
    case supports
    /// `from` funds `to`.
    case funds
    /// `from` directs advocacy at `to`.
    case advocatesTo = "advocates-to"
    /// `from` threatens `to`.
    case threatens
    /// The two actors met.
    case met
    /// The two actors work together as partners.
    case partnersWith = "partners-with"
    /// The two actors oppose each other.
    case opposes
    /// Some other relation.
    case related

    /// Whether the tie has a direction from `from` to `to`.
    public var isDirected: Bool {
        switch self {
        case .met, .partnersWith, .opposes, .related: false
        default: true
        }
    }

    /// Orders kinds by their declaration order.
    public static func < (lhs: TieKind, rhs: TieKind) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
