import StakeMap
import StakeMapFormats

/// A message of the commands' own lines (notes, warnings, headings of `path`, `suggest`,
/// `brokers`, `stats --over-time`, `centrality --over-time`): a key every catalog words, with
/// named placeholders (`{name}`) filled by `Words`, like `Message`.
public enum CommandMessage: Sendable, Hashable {
    // Paths.
    /// A tie as evidence of a step, read from `{from}` to `{to}`, then `{details}`.
    case tieEvidence(TieKind)
    /// Between the details of a piece of evidence, and between pieces ("; ", "؛ ").
    case clauseSeparator
    /// A step through actors withheld from the audience.
    case throughWithheld
    /// An actor withheld from the audience, as a placeholder.
    case withheldActor
    // Suggestions.
    /// The heading of `suggest`.
    case suggestTitle
    /// A post whose earlier holder the home actor knows.
    case suggestSuccession
    /// One shared contact.
    case suggestOneContact
    /// Several shared contacts (`{number}`).
    case suggestContacts
    /// A list cut short: `{shown}` and `{number}` more.
    case andMore
    /// The "score" column.
    case score
    /// Both attended `{events}`.
    case bothAttended
    /// Both are linked to `{contact}` (`{ties}`).
    case bothLinked
    /// A tie read as a sentence: `{from}` … `{to}`.
    case tieSentence(TieKind)
    /// `{number}` more common contacts (one, several).
    case moreCommonContactOne, moreCommonContacts
    // Audit.
    /// The text of an event (`{name}`), of a tie of a kind, of an actor's record, named in a flag.
    case auditEventText, auditTieText, auditRecordText
    // Today.
    /// One record dated after today.
    case futureRecordsOne
    /// `{number}` records dated after today.
    case futureRecords
    /// A future event line.
    case futureEvent
    /// A future tie line.
    case futureTie
    /// The future records not listed.
    case futureMore
    // met.
    /// One undated meeting left out by --since/--until.
    case undatedLeftOutOne
    /// `{number}` undated meetings left out.
    case undatedLeftOut
    // brokers.
    /// Column headings of `brokers`.
    case cut, bridges, constraint, effective, brokerGroup, roleCoord, roleItin, roleGate, roleRepr, roleLiaison
    /// The number of groups (one, several).
    case groupCountOne, groupCount
    /// "yes" in the cut column.
    case yes
    /// The heading of the list of bridges.
    case bridgesHeading
    /// Actors without the grouping attribute.
    case brokersMissing
    /// Too few actors with the attribute for roles.
    case brokersTooFew
    // Time.
    /// Column headings of `stats --over-time`.
    case period, actorsActive, meetings, density, components
    /// The `change` column of `centrality --over-time`.
    case change
    /// The heading of `centrality --over-time`.
    case rankTitle
    /// Who rose most, who fell most, none.
    case roseMost, fellMost, noOne
    /// A centrality measure's name (`degree`, `pagerank` …).
    case measureName(String)
    /// A period's name (`year`, `quarter`, `month`).
    case periodName(String)
    /// No dated ties or events for --over-time.
    case noDatedRecords
    // communities.
    /// The heading of `communities`: `{modularity}`, `{number}` communities.
    case modularityLine
    /// Column headings of `communities`.
    case community, size, members
    // diff.
    /// `{count}` (of actors, ties or events) added, removed, changed.
    case diffAdded, diffRemoved, diffChanged
    /// The network's own fields that changed: `{fields}`.
    case diffNetworkFields
    /// Between the parts of the summary.
    case diffPartSeparator
    /// Two versions alike.
    case diffNoChanges
    /// The sizes of both versions: `{oldActors}`, `{newActors}`, `{oldTies}`, `{newTies}`,
    /// `{oldEvents}`, `{newEvents}`.
    case diffTotals
    /// Column headings of the changes.
    case diffChange, diffItem, diffWhat, diffDetails
    /// The change column: added, removed, changed.
    case diffAddedCell, diffRemovedCell, diffChangedCell
    /// The item column: the network, an actor, a tie, an event.
    case diffNetworkCell, diffActorCell, diffTieCell, diffEventCell
    /// One field's change: `{field}`, `{old}`, `{new}`.
    case diffFieldChange
    /// A field without a value.
    case diffNone
    /// A tie's strength: `{number}`.
    case diffStrength
    /// `{number}` attendees (one, several).
    case diffAttendeeOne, diffAttendees
    /// The heading of the centrality shifts.
    case diffShiftsHeading
    /// Column headings of the shifts: the measure, the value before and after.
    case diffMeasure, diffOld, diffNew
    /// A confidence's name (`confirmed`, `reported`, `unverified`).
    case confidenceName(Confidence)
    /// A gender's name (`woman`, `man`, `other`).
    case genderName(Gender)
    /// A field of an actor, tie or event in the native format (`follow_up`, `tags`, `name
    /// languages`) by its key.
    case fieldName(String)
    /// A field of the network itself (`title`, `as_of`) by its key.
    case networkFieldName(String)
    // import.
    /// The heading of the column mapping: `{rows}` (a count), `{source}`.
    case importColumns
    /// Where the rows come from: the sheet `{sheet}`; a separator `{separator}`; a tab.
    case importOfSheet, importSeparatedBy, importTab
    /// One column and where it goes: `{header}`, `{column}`.
    case importColumnLine
    /// The organisation column (a tie), the country column (an ISO code).
    case importOrganisation, importCountry
    /// A name in `{language}` (a column, or what a merged row added); a custom field `{key}`; a
    /// column without a name; a contact detail kept as the field `{key}` at the sensitivity `{level}`.
    case importNameIn, importCustomField, importUnnamedColumn, importContactField
    /// Added (or would add) to `{file}`: `{actors}`, `{ties}`; the ids added, `{ids}`; nothing to add.
    case importAdded, importWouldAdd, importAddedIDs, importNothing
    /// `{rows}` merged into existing actors; one of them: `{row}`, `{id}`, `{added}`.
    case importMerged, importMergedRow
    /// What a merged row added besides a name in a language: a name without one, tags, `{field}`
    /// from the sheet, a sensitivity `{level}`.
    case importAddedPlainName, importAddedTags, importAddedFromSheet, importAddedSensitivity
    /// `{count}` new actors with contact details made `{level}`.
    case importProtected
    /// `{rows}` left out as uncertain; one of them: `{row}`, `{name}`, `{candidates}`.
    case importUncertain, importUncertainRow
    /// `{number}` conflicts; one: `{row}`, `{id}`, `{field}`, `{record}`, `{sheet}`; the sheet's value taken.
    case importConflicts, importConflictRow, importTookSheet
    /// `{rows}` skipped; `{number}` values left out; one of either: `{row}`, `{reason}`.
    case importSkipped, importValuesLeftOut, importSkippedRow
    /// An entry of the receiving file that gains keys: `{id}`, `{keys}`.
    case importUpdate
    /// Why: no name; the country `{value}` is not known.
    case importNoName, importUnknownCountry
    /// A row of a workbook's sheet, a line of a CSV file: `{line}`.
    case importSheetRow, importFileLine
    // convert.
    /// `{format}` cannot hold `{fields}`, then `{notes}` (empty, or what is kept, in parentheses).
    case convertCannotHold
    /// A field of the network, sources, actors, ties or events (`{field}`, already worded) in a
    /// list of lost fields.
    case convertField(ModelField.Scope)
    /// The events left out as a whole: `{number}`, with their participants.
    case convertEvents
    /// What is kept of a lost field: `{field}`: `{kept}`.
    case convertKept
    /// What is kept of the sources' records, or of Popolo's tie kinds.
    case convertFallback(LossFallback)
    /// How to keep everything.
    case convertKeepEverything
    /// Ties stated twice (`RestatedTies`): `{count}` values dropped, the first named in
    /// `{drops}` (each a `convertRestatedDrop`); or only `{count}` ties of two sensitivities.
    case convertRestatedDropped, convertRestatedSensitivities
    /// One value dropped: the tie `{tie}`, the value `{value}`, the value kept `{kept}`.
    case convertRestatedDrop
    /// Why: a tie stated twice is one tie in a native file, which keeps the strongest values;
    /// except with `--length strength`, where `{count}` pairs differ; `{count}` ties of two
    /// sensitivities take the stricter.
    case convertRestatedOneTie, convertRestatedExcept, convertRestatedStricter
}
