/// Who may see an actor, tie or event. Ordered from least to most protected.
public enum Sensitivity: String, Sendable, CaseIterable, Codable, Comparable {
    /// Anyone may see it.
    case `public`
    /// Only the team (the `internal` audience) may see it.
    case restricted
    /// Only the `confidential` audience may see it.
    case confidential

    /// The rank used for ordering: public < restricted < confidential.
    public var rank: Int {
        switch self {
        case .public: 0
        case .restricted: 1
        case .confidential: 2
        }
    }

    /// Orders by protection level.
    public static func < (lhs: Sensitivity, rhs: Sensitivity) -> Bool { lhs.rank < rhs.rank }
}

/// The audience an output is meant for; it sees items whose sensitivity it clears.
public enum Audience: String, Sendable, CaseIterable, Codable {
    /// Anyone: sees `public` items only.
    case `public`
    /// The team: sees `public` and `restricted` items.
    case `internal`
    /// The inner circle: sees everything.
    case confidential

    /// The most sensitive level this audience may see.
    public var clearance: Sensitivity {
        switch self {
        case .public: .public
        case .internal: .restricted
        case .confidential: .confidential
        }
    }

    /// Whether an item of the given sensitivity may be shown to this audience.
    public func canSee(_ sensitivity: Sensitivity) -> Bool { sensitivity <= clearance }
}
