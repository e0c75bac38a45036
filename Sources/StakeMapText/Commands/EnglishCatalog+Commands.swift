import StakeMap
import StakeMapAnalysis

extension EnglishCatalog {
    /// The template of a command's message.
    public func template(_ message: CommandMessage) -> String {
        switch message {
        case let .tieEvidence(kind):
            switch kind {
            case .met: "met{details}"
            case .partnersWith: "partners{details}"
            case .related: "related{details}"
            case .threatens, .opposes: kind.rawValue + "{details}"
            case .holds: "{from} holds the post {to}{details}"
            default: "{from} " + English.verb(kind) + " {to}{details}"
            }
        case .clauseSeparator: "; "
        case .throughWithheld: "through a withheld actor"
        case .withheldActor: "withheld actor"
        case .suggestTitle: "whom {name} could meet next"
        case .suggestSuccession: "holds {post}, whose earlier holder {holder} you know"
        case .suggestOneContact: "shares a contact: {contacts}"
        case .suggestContacts: "shares {number} contacts: {contacts}"
        case .andMore: "{shown} and {number} more"
        case .score: "score"
        case .bothAttended: "both attended {events}"
        case .bothLinked: "both are linked to {contact} ({ties})"
        case let .tieSentence(kind): "{from} " + English.verb(kind) + " {to}"
        case .moreCommonContactOne: "and {number} more common contact"
        case .moreCommonContacts: "and {number} more common contacts"
        case .auditEventText: "event {name}"
        case .auditTieText: "a {tieID} tie"
        case .auditRecordText: "{name}'s record"
        case .futureRecordsOne: "warning: {number} record dated after today ({today}); check the dates, or give --as-of (a file's as_of freezes it in time):"
        case .futureRecords: "warning: {number} records dated after today ({today}); check the dates, or give --as-of (a file's as_of freezes it in time):"
        case .futureEvent: "  event {name} ({id}) dated {date}"
        case .futureTie: "  {kind} tie {from} – {to} dated {date}"
        case .futureMore: "  … and {number} more"
        case .undatedLeftOutOne: "note: {number} undated meeting left out by --since/--until; --undated include keeps them"
        case .undatedLeftOut: "note: {number} undated meetings left out by --since/--until; --undated include keeps them"
        case .cut: "cut"
        case .bridges: "bridges"
        case .constraint: "constraint"
        case .effective: "effective"
        case .brokerGroup: "group"
        case .roleCoord: "coord"
        case .roleItin: "itin"
        case .roleGate: "gate"
        case .roleRepr: "repr"
        case .roleLiaison: "liaison"
        case .groupCountOne: "{number} group"
        case .groupCount: "{number} groups"
        case .yes: "yes"
        case .bridgesHeading: "bridges ({number}):"
        case .brokersMissing: "note: {missing} of {total} actors have no {attribute}; they are not counted in the brokerage roles"
        case .brokersTooFew: "note: only {with} of {total} actors have a {attribute} ({groups}): too few for brokerage roles, "
            + "so the role columns are left out; record {attribute} on more actors, or use --group-by kind"
        case .period: "period"
        case .actorsActive: "actors active"
        case .meetings: "meetings"
        case .density: "density"
        case .components: "components"
        case .change: "change"
        case .rankTitle: "rank by {measure} at the end of each {period} (1 = most central)"
        case .roseMost: "rose most {first}→{last}: {movers}"
        case .fellMost: "fell most {first}→{last}: {movers}"
        case .noOne: "none"
        case let .measureName(name): name
        case let .periodName(name): name
        case .noDatedRecords: "error: --over-time: the network has no dated ties or events"
        case .modularityLine: "modularity: {modularity}, {number} communities"
        case .community: "community"
        case .size: "size"
        case .members: "members"
        }
    }
}
