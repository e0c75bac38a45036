/// A label of the HTML report: headings, column names, buttons and notes.
public enum ReportLabel: String, Sendable, CaseIterable, Hashable {
    /// The report's "Stakeholder report".
    case report
    /// The report's "Coalition map".
    case map
    /// The report's "Actors".
    case actors
    /// The report's "Gaps".
    case gaps
    /// The report's "Mission plan".
    case plan
    /// The report's "Timeline".
    case timeline
    /// The report's "Search names, aliases, tags…".
    case search
    /// The report's "Name".
    case name
    /// The report's "Kind".
    case kind
    /// The report's "Degree".
    case degree
    /// The report's "Betweenness".
    case betweenness
    /// The report's "PageRank".
    case pageRank
    /// The report's "Community".
    case community
    /// The report's "Brokerage role".
    case role
    /// The report's "Constraint".
    case constraint
    /// The report's "Ties".
    case ties
    /// The report's "Meetings".
    case meetings
    /// The report's "Sources".
    case sources
    /// The report's "Tags".
    case tags
    /// The report's "Also known as".
    case aliases
    /// The report's "Note".
    case note
    /// The report's "As of".
    case asOf
    /// The report's "Audience".
    case audience
    /// The report's "Evidence".
    case evidence
    /// The report's "Next step".
    case next
    /// The report's "Zoom in".
    case zoomIn
    /// The report's "Zoom out".
    case zoomOut
    /// The report's "Fit".
    case reset
    /// The report's "Close".
    case close
    /// The report's "Click an actor on the map or in the table to see its card. Drag to pan, scroll to zoom.".
    case clickHint
    /// The report's "The map could not be drawn here".
    case noMap
    /// The report's "No gaps found.".
    case noGaps
    /// The report's "Give --home and --targets to add a mission plan.".
    case planNote
    /// The report's "Target".
    case target
    /// The report's "Status".
    case status
    /// The report's "Warmest route".
    case route
    /// The report's "Last met".
    case lastMet
    /// The report's "Where".
    case place
    /// The report's "Fewest intermediaries".
    case intermediaries
    /// The report's "Itinerary".
    case itinerary
    /// The report's "Date".
    case date
    /// The report's "What".
    case what
    /// The report's "Who".
    case who
    /// The report's "met".
    case direct
    /// The report's "actors".
    case count
    /// The report's "shown".
    case matches
    /// The report's "Only items cleared for this audience are in this report: anything more sensitive is left out entirely.".
    case withheldNotice
    /// The report's "communities, modularity".
    case modularity
    /// The report's "undated".
    case undated
    /// The report's "none recorded".
    case none
    /// The report's "more".
    case more
    /// The report's "events".
    case events
    /// The report's "cut point".
    case cutPoint
}
