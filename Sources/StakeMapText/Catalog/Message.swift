/// A message of the catalog: a key every catalog words, with named placeholders (`{name}`)
/// filled by `Words`. One key per sentence or label, never a fragment glued to another.
public enum Message: String, Sendable, CaseIterable, Hashable {
    // Column headings.
    case date, with, member, place, event, othersPresent, outcome, sources
    case path, cost, step, from, to, evidence
    case group, kind, what, who, actors, id, name, steps, via, shared, by, sharedBy
    case measure, value, audience, ties, events, item, sensitivity, withheldFrom, why, severity, risk, items, message, suggestion
    // Cell values.
    case undated, direct, followUp, contact, membership
    // met
    case meetingsOf, meetingsOfPair, noMeetings, noMeetingsPair
    // path
    case noPath, noPathAvoiding, pathLine
    case evidenceBothAt, evidenceConnected, evidenceMore
    // timeline
    case metBetween, noOneRecorded
    // ego / common
    case wroteNetwork, shareNothing
    // stats
    case statsTitle, statsTitleAsOf, statActors, statTies, statEvents, statSources, statEdges, statDensity, statComponents
    case statLargest, statIsolated, statDateSpan, statUndatedTies, statUnsourcedTies
    case statTransitivity, statAverageClustering, statDiameter, statRadius, statDegreeDistribution
    // audit
    case auditTitle, auditFor, auditViews, auditWithheld, auditNothingWithheld, auditRisks, auditNoRisk, auditNext
    case itemActor, itemTie, itemEvent, itemSource, citedOnlyByWithheld, endIsMoreSensitive, tieLabel, high, medium, low
    case flagWithheldAtEvent, flagWithheldAtEventNext, flagAtRisk, flagAtRiskPersonNext, flagAtRiskGroupNext
    case flagTieLess, flagTieLessNext, flagNamedInText, flagNamedInTextNext, flagNamedInSource, flagNamedInSourceNext
    // map
    case mapTitle, legendActors, legendEvents, legendTies, legendStance, legendColour, legendSize, legendMarked
    case legendEvent, legendUnknownStance, legendCommunity, legendScore, legendHighlighted
    case captionAsOf, captionAround, captionCounts, captionAudience
}
