/// A message of the lines commands write about their arguments and their output, on standard
/// error or standard output: errors about actor names, the audience omission notice, the
/// "wrote …" lines, a measure that did not converge. A key every catalog words, with named
/// placeholders (`{query}`) filled by `Words`, like `Message` and `CommandMessage`.
public enum NoticeMessage: Sendable, Hashable, CaseIterable {
    // Errors about actor names (`ResolutionText`).
    /// The start of an error line ("error: ").
    case errorPrefix
    /// Before a warning ("warning: ").
    case warningPrefix
    /// Between an error and its hint ("; ").
    case hintSeparator
    /// No actor has the id or name `{query}`.
    case actorNotFound
    /// "did you mean {candidates}?"
    case didYouMean
    /// A suggested actor by the name `{name}` (in the script of an Arabic query) and `{id}`.
    case suggestedArabicName
    /// A suggested actor by the name `{name}` (in the script of a Latin query) and `{id}`.
    case suggestedName
    /// A suggested actor by its id (`{id}`).
    case suggestedID
    /// Between suggestions (" or ").
    case or
    /// Nothing is close: what is accepted.
    case namesAccepted
    /// `{query}` names several actors: `{candidates}`.
    case actorAmbiguous
    /// One of several actors of a name: `{id}`, `{name}`, `{kind}`.
    case ambiguousCandidate
    /// What to do about an ambiguous name.
    case useAnID
    /// `{query}` is above the `{audience}` audience.
    case actorWithheld
    /// It is `{sensitivity}`; `--audience {keep}` would show it.
    case withheldHint
    /// `{option}`: `{query}` is an actor outside the analysis view.
    case notInAnalysisView
    /// `--targets {selector}` selects no actor the `{audience}` audience may see.
    case targetsSelectNone
    // Selectors (`SelectorText`).
    /// A `,` or `+` with nothing beside it in `{selector}`, and how terms are written.
    case selectorEmptyTerm, selectorTermsHint
    /// `{term}` has nothing after its colon.
    case selectorNoValue
    /// `{value}` is not an actor kind; the kinds are `{kinds}`.
    case selectorUnknownKind, selectorKindsHint
    /// `{term}` lacks `=VALUE`, and how a custom field is written.
    case selectorFieldWithoutValue, selectorFieldHint
    /// `{value}` is not a sensitivity, and the sensitivities.
    case selectorUnknownSensitivity, selectorSensitivityHint
    /// `{field}` is not a selector field; the fields are `{fields}`.
    case selectorUnknownField, selectorFieldsHint
    // The audience.
    /// What an output for `{audience}` leaves out: `{counts}`; `--audience {keep}` keeps them.
    case omission
    // Files written.
    /// A map was written: `{file}`, `{nodes}`, `{edges}`, `{layout}`.
    case wroteMap
    /// A report was written: `{file}`, `{actors}`, `{audience}`.
    case wroteReport
    /// The same, without a map.
    case wroteReportNoMap
    /// `add` recorded lines in `{file}`.
    case added
    /// `add --dry-run` would record lines in `{file}`.
    case wouldAdd
    // Writing over an input (`OverwriteRefusal`).
    /// Refusing to write over `{file}`: it is `{role}`, and the output `{loss}`.
    case overwriteRefused
    /// The role: the input itself.
    case overwriteTheInput
    /// The role: `{file}`, a file the input includes.
    case overwriteAnInclude
    /// The losses: another kind of document; leaves out `{counts}` (`--audience {keep}` keeps
    /// them); its format cannot hold everything; another format; the reader warned.
    case overwriteAnotherKind, overwriteLeavesOut, overwriteFormatCannotHold, overwriteAnotherFormat, overwriteReaderWarned
    /// Write to another file; nothing was written.
    case overwriteHint
    // Measures.
    /// Eigenvector centrality did not converge on a directed network.
    case eigenvectorDidNotConverge
    /// PageRank did not converge.
    case pageRankDidNotConverge
    /// `{measure}` did not converge.
    case measureDidNotConverge
}
