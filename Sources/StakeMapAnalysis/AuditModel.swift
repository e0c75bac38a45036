import StakeMap

/// What one audience would see of a network.
public struct AudienceView: Sendable, Hashable, Codable {
    /// The audience.
    public var audience: Audience
    /// Actors it sees.
    public var actors: Int
    /// Ties it sees.
    public var ties: Int
    /// Events it sees.
    public var events: Int
    /// Sources it sees.
    public var sources: Int
}

/// One item some audiences do not see, and why.
public struct WithheldItem: Sendable, Hashable, Codable {
    /// What the item is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// An actor.
        case actor
        /// A tie.
        case tie
        /// An event.
        case event
        /// A source (withheld when every item citing it is).
        case source
    }

    /// What the item is.
    public var kind: Kind
    /// The item's id (for a tie: `FROM -KIND- TO`).
    public var id: String
    /// A readable label: the name, or the tie's ends by name.
    public var label: String
    /// The item's own sensitivity (for a source: the lowest of the items citing it).
    public var sensitivity: Sensitivity
    /// The audiences that do not see it, least cleared first.
    public var withheldFrom: [Audience]
    /// Why, in words ("confidential", "an end is restricted", "cited only by withheld items").
    public var reason: String
}

/// A risky pattern in the data: something that could expose a person, with what to do.
public struct AuditFlag: Sendable, Hashable, Codable {
    /// The kinds of risk the audit looks for.
    public enum Risk: String, Sendable, Hashable, Codable, CaseIterable {
        /// A withheld actor takes part in an event that a wider audience sees.
        case withheldAtVisibleEvent = "withheld-actor-at-visible-event"
        /// A person (or group) tagged as an activist, defender, peacebuilder… is public.
        case unprotectedAtRisk = "unprotected-at-risk-actor"
        /// A tie is less protected than one of its ends.
        case tieLessProtectedThanEnd = "tie-less-protected-than-actor"
        /// Text an audience sees (an event's name, note or outcome; a tie's or actor's note)
        /// names an actor withheld from it.
        case namedInVisibleText = "withheld-actor-named-in-visible-text"
        /// A source an audience sees has a title or note naming an actor withheld from it.
        case namedInSourceTitle = "withheld-actor-named-in-source"
    }

    /// The kind of risk.
    public var risk: Risk
    /// `high`: a name or a presence could reach an audience it is withheld from; `medium`:
    /// protection that depends on another record, or an at-risk actor left public.
    public var severity: GapSeverity
    /// The items concerned (actor, tie, event or source ids).
    public var items: [String]
    /// What is wrong, in one sentence.
    public var message: String
    /// What to do about it.
    public var suggestion: String
}

/// What each audience would see, what is withheld from whom, and the risky patterns.
public struct DataAudit: Sendable, Hashable, Codable {
    /// The audience the audit was prepared for: nothing above it is named or counted.
    public var reader: Audience
    /// One view per audience the reader may know about (public … reader).
    public var views: [AudienceView]
    /// Items withheld from at least one audience, visible to the reader.
    public var withheld: [WithheldItem]
    /// Risky patterns, high first.
    public var flags: [AuditFlag]
}
