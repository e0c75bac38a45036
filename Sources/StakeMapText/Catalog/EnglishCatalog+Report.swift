import StakeMap
import StakeMapAnalysis

extension EnglishCatalog {
    /// A label of the report in English.
    public func label(_ label: ReportLabel) -> String {
        switch label {
        case .report: "Stakeholder report"
        case .map: "Coalition map"
        case .actors: "Actors"
        case .gaps: "Gaps"
        case .plan: "Mission plan"
        case .timeline: "Timeline"
        case .search: "Search names, aliases, tags…"
        case .name: "Name"
        case .kind: "Kind"
        case .degree: "Degree"
        case .betweenness: "Betweenness"
        case .pageRank: "PageRank"
        case .community: "Community"
        case .role: "Brokerage role"
        case .constraint: "Constraint"
        case .ties: "Ties"
        case .meetings: "Meetings"
        case .sources: "Sources"
        case .tags: "Tags"
        case .aliases: "Also known as"
        case .note: "Note"
        case .asOf: "As of"
        case .audience: "Audience"
        case .evidence: "Evidence"
        case .next: "Next step"
        case .zoomIn: "Zoom in"
        case .zoomOut: "Zoom out"
        case .reset: "Fit"
        case .close: "Close"
        case .clickHint: "Click an actor on the map or in the table to see its card. Drag to pan, scroll to zoom."
        case .noMap: "The map could not be drawn here"
        case .noGaps: "No gaps found."
        case .planNote: "Give --home and --targets to add a mission plan."
        case .target: "Target"
        case .status: "Status"
        case .route: "Warmest route"
        case .lastMet: "Last met"
        case .place: "Where"
        case .intermediaries: "Fewest intermediaries"
        case .itinerary: "Itinerary"
        case .date: "Date"
        case .what: "What"
        case .who: "Who"
        case .direct: "met"
        case .count: "actors"
        case .matches: "shown"
        case .withheldNotice: "Only items cleared for this audience are in this report: anything more sensitive is left out entirely."
        case .modularity: "communities, modularity"
        case .undated: "undated"
        case .none: "none recorded"
        case .more: "more"
        case .events: "events"
        case .cutPoint: "cut point"
        }
    }

    /// A tie kind before the other end's name ("member of").
    public func relation(_ kind: TieKind) -> String { name(of: kind) }

    /// A mission target's status.
    public func name(of status: TargetStatus) -> String {
        switch status {
        case .met: "met"
        case .direct: "direct tie, never met"
        case .reachable: "reachable through intermediaries"
        case .unreachable: "unreachable"
        }
    }

    /// A Gould–Fernandez brokerage role.
    public func name(of role: BrokerageRole) -> String { role.rawValue }

    /// A severity as a heading of findings.
    public func severityHeading(_ severity: GapSeverity) -> String {
        switch severity {
        case .high: "High — act first"
        case .medium: "Medium — plan for it"
        case .low: "Low — worth knowing, or data to fix"
        }
    }
}
