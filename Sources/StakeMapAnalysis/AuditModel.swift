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
    /// For a tie: its ends, kind and date (StakeMapText words its label from them).
    public var tie: TieFacts?
    /// The item's own sensitivity (for a source: the lowest of the items citing it).
    public var sensitivity: Sensitivity
    /// The audiences that do not see it, least cleared first.
    public var withheldFrom: [Audience]
    /// Why, as a fact (StakeMapText words it: "confidential", "… is restricted").
    public var reason: WithheldReason

    /// A withheld tie's facts.
    public struct TieFacts: Sendable, Hashable, Codable {
        /// The tie's first end.
        public var from: String
        /// The tie's other end.
        public var to: String
        /// The tie's kind.
        public var kind: TieKind
        /// The tie's date.
        public var date: DateSpan?
    }
}

/// Why an item is withheld.
public enum WithheldReason: Sendable, Hashable, Codable {
    /// Its own sensitivity.
    case sensitivity(Sensitivity)
    /// A tie of this sensitivity whose ends (ids) are more sensitive than it.
    case moreSensitiveEnds(Sensitivity, ends: [String])
    /// A source cited only by withheld items.
    case citedOnlyByWithheld
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
    /// What was found, as facts (StakeMapText words the finding and what to do about it).
    public var finding: AuditFinding
}

/// What an audit flag found: ids, kinds and levels, no words.
public enum AuditFinding: Sendable, Hashable, Codable {
    /// `actor` (of `sensitivity`) is recorded at `event`, which is only `eventSensitivity`.
    case withheldAtVisibleEvent(actor: String, sensitivity: Sensitivity, event: String, eventSensitivity: Sensitivity)
    /// `actor`, a `kind` tagged with the at-risk `tags`, is public.
    case unprotectedAtRisk(actor: String, kind: ActorKind, tags: [String])
    /// The tie `from` –`kind`– `to` is `tieSensitivity`, less than its end `actor` (`sensitivity`).
    case tieLessProtected(from: String, to: String, kind: TieKind, tieSensitivity: Sensitivity, actor: String, sensitivity: Sensitivity)
    /// `text`, visible to `audience`, names `actor` (`sensitivity`), which is withheld from it.
    case namedInText(VisibleText, audience: Audience, actor: String, sensitivity: Sensitivity)
}

/// A piece of text an audience sees.
public enum VisibleText: Sendable, Hashable, Codable {
    /// An event's name, note, outcome or topics.
    case event(String)
    /// A tie's note or outcome.
    case tie(from: String, to: String, kind: TieKind)
    /// An actor's note or title.
    case record(String)
    /// A source's title, note, address or file.
    case source(String)
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
