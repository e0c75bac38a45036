import StakeMap

/// The English words. Dates stay ISO (2018-09-15), as in every English output so far.
public struct EnglishCatalog: MessageCatalog {
    /// Creates the catalog.
    public init() {}

    /// English.
    public var language: TextLanguage { .en }

    /// The template of `message`.
    public func template(_ message: Message) -> String {
        switch message {
        case .othersPresent: "others present"
        case .sharedBy: "shared by"
        case .withheldFrom: "withheld from"
        case .undated: "undated"
        case .direct: "(direct)"
        case .followUp: "follow up {date}"
        case .contact: "contact"
        case .membership: "membership"
        case .meetingsOf: "{count} of {name}:"
        case .meetingsOfPair: "{count} of {name} and {other}:"
        case .noMeetings: "No meetings of {name} match."
        case .noMeetingsPair: "No meetings of {name} with {other} match."
        case .noPath: "No path from {from} to {to}."
        case .noPathAvoiding: "No path from {from} to {to} avoiding {avoid}."
        case .pathLine: "{number}. {actors}   cost {cost}"
        case .evidenceBothAt: "both at {event}{details}"
        case .evidenceConnected: "connected{details}"
        case .evidenceMore: "{phrases} and {number} more"
        case .noOneRecorded: "no one recorded"
        case .metBetween: "{a} met {b}"
        case .wroteNetwork: "wrote {file}: {actors}, {ties}, {events}"
        case .shareNothing: "{names} share no contact, membership or event."
        case .statsTitle: "{title}"
        case .statsTitleAsOf: "{title} (as of {date})"
        case .statActors: "actors"
        case .statTies: "ties"
        case .statEvents: "events"
        case .statSources: "sources"
        case .statEdges: "edges in analysis view"
        case .statDensity: "density"
        case .statComponents: "components"
        case .statLargest: "largest component"
        case .statIsolated: "isolated actors"
        case .statDateSpan: "date span"
        case .statUndatedTies: "undated ties"
        case .statUnsourcedTies: "ties without a source"
        case .statTransitivity: "transitivity"
        case .statAverageClustering: "average clustering"
        case .statDiameter: "diameter"
        case .statRadius: "radius"
        case .statDegreeDistribution: "degree distribution"
        case .auditTitle: "Protection audit: {title}"
        case .auditFor: "for the {audience} audience"
        case .auditViews: "What each audience sees"
        case .auditWithheld: "Withheld ({number})"
        case .auditNothingWithheld: "Nothing is withheld from any audience."
        case .auditRisks: "Risks ({number})"
        case .auditNoRisk: "No risky pattern found."
        case .auditNext: "Next:"
        case .itemActor: "actor"
        case .itemTie: "tie"
        case .itemEvent: "event"
        case .itemSource: "source"
        case .citedOnlyByWithheld: "cited only by withheld items"
        case .endIsMoreSensitive: "{name} is {sensitivity}"
        case .tieLabel: "{from} {tieID} {to}"
        case .flagWithheldAtEvent: "{actor} ({sensitivity}) is recorded at {event}, which is {eventSensitivity}: the event, its date, place and the others present stay visible"
        case .flagWithheldAtEventNext: "mark the event {sensitivity}, or check that its name, note and outcome do not let a reader infer who else was there"
        case .flagAtRisk: "{actor} is a {kind} tagged {tags} and is public: name, ties and meetings go into every output"
        case .flagAtRiskPersonNext: "mark them restricted (or confidential), unless they speak publicly in this role and agreed to be listed"
        case .flagAtRiskGroupNext: "mark the group restricted if naming it, or its meetings, could expose its members"
        case .flagTieLess: "the {tieID} tie {from} – {to} is {tieSensitivity} but {actor} is {sensitivity}: it is withheld only because of the actor"
        case .flagTieLessNext: "mark the tie {sensitivity} too, so that it stays withheld if the actor's record changes or the tie is copied elsewhere"
        case .flagNamedInText: "{item} is visible to the {audience} audience and names {actor}, which is {sensitivity}"
        case .flagNamedInTextNext: "reword the text without the name, or mark the item {sensitivity}"
        case .flagNamedInSource: "source {item} is visible to the {audience} audience and names {actor}, which is {sensitivity}"
        case .flagNamedInSourceNext: "give the source a neutral title (or mark what cites it {sensitivity})"
        case .mapTitle: "Stakeholder map"
        case .legendActors: "Actors"
        case .legendEvents: "Events"
        case .legendTies: "Ties"
        case .legendStance: "Stance"
        case .legendColour: "Colour"
        case .legendSize: "Size"
        case .legendMarked: "Marked"
        case .legendEvent: "event"
        case .legendUnknownStance: "unknown"
        case .legendCommunity: "community"
        case .legendScore: "score"
        case .legendHighlighted: "highlighted"
        case .captionAsOf: "As of {date}"
        case .captionAround: "around {name}, {steps}"
        case .captionCounts: "{actors}, {links}"
        case .captionAudience: "audience: {audience}"
        default: message.rawValue
        }
    }

    /// The forms of `noun`.
    public func noun(_ noun: Noun) -> CountedNoun {
        switch noun {
        case .meeting: .english("meeting", "meetings")
        case .actor: .english("actor", "actors")
        case .link: .english("link", "links")
        case .step: .english("step", "steps")
        case .tie: .english("tie", "ties")
        case .event: .english("event", "events")
        case .present: .english("present", "present")
        case .source: .english("source", "sources")
        case .node: .english("node", "nodes")
        case .row: .english("row", "rows")
        }
    }

    /// "2018-Q1", as the periods are labelled in every English output.
    public func quarter(_ quarter: Int, of year: Int) -> String { "\(year)-Q\(quarter)" }

    /// The role as typed: English is the vocabulary's own language.
    public func role(_ role: String, feminine: Bool) -> String? { nil }

    /// `one` for 1, else `other`.
    public func pluralCategory(_ n: Int) -> PluralCategory { .english(n) }

    /// The kind as written in the data ("diplomatic-mission" → "diplomatic mission").
    public func name(of kind: ActorKind) -> String {
        kind == .unBody ? "UN body" : kind.rawValue.replacingOccurrences(of: "-", with: " ")
    }

    /// The tie kind in words ("member-of" → "member of").
    public func name(of kind: TieKind) -> String {
        switch kind {
        case .advocatesTo: "advocates to"
        case .partnersWith: "partners with"
        case .related: "related to"
        default: kind.rawValue.replacingOccurrences(of: "-", with: " ")
        }
    }

    /// The event kind ("other" → "event").
    public func name(of kind: EventKind) -> String { kind == .other ? "event" : kind.rawValue }

    /// The audience's name.
    public func name(of audience: Audience) -> String { audience.rawValue }

    /// The sensitivity's name.
    public func name(of sensitivity: Sensitivity) -> String { sensitivity.rawValue }

    /// "opponent", "critical", "neutral", "supportive", "champion".
    public func stanceName(_ stance: Int) -> String {
        switch stance {
        case ...(-2): "opponent"
        case -1: "critical"
        case 0: "neutral"
        case 1: "supportive"
        default: "champion"
        }
    }

    /// ISO: 2018, 2018-09, 2018-09-15.
    public func date(_ date: PartialDate) -> String { date.description }

    /// ISO range: 2018-11-12..2018-11-13.
    public func span(_ span: DateSpan) -> String { span.description }

    /// The arrow along the reading direction.
    public var arrow: String { " → " }

    /// The list comma.
    public var comma: String { ", " }

    /// "a", "a and b", "a, b and c".
    public func join(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
