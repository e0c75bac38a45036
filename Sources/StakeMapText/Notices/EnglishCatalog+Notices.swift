extension EnglishCatalog {
    /// The template of a notice, as the commands have always written it.
    public func template(_ message: NoticeMessage) -> String {
        switch message {
        case .selectorEmptyTerm: "empty term in selector '{selector}'"
        case .selectorTermsHint: "write terms such as kind:person,tag:eu+country:FR"
        case .selectorNoValue: "'{term}' has no value after ':'"
        case .selectorUnknownKind: "unknown actor kind '{value}' in selector"
        case .selectorKindsHint: "kinds: {kinds}"
        case .selectorFieldWithoutValue: "'{term}' needs a field and a value"
        case .selectorFieldHint: "write field:KEY=VALUE, e.g. field:club=Mr. Hi"
        case .selectorUnknownSensitivity: "unknown sensitivity '{value}' in selector"
        case .selectorSensitivityHint: "public, restricted or confidential"
        case .selectorUnknownField: "unknown selector field '{field}'"
        case .selectorFieldsHint: "fields: {fields}, or a bare id"
        case .errorPrefix: "error: "
        case .warningPrefix: "warning: "
        case .hintSeparator: "; "
        case .actorNotFound: "no actor '{query}'"
        case .didYouMean: "did you mean {candidates}?"
        case .suggestedArabicName: "«{name}» ({id})"
        case .suggestedName: "'{name}' ({id})"
        case .suggestedID: "'{id}'"
        case .or: " or "
        case .namesAccepted: "ids and names (in any language) are accepted"
        case .actorAmbiguous: "'{query}' is ambiguous: it names {candidates}"
        case .ambiguousCandidate: "'{id}' ({name}, {kind})"
        case .useAnID: "use one of the ids"
        case .actorWithheld: "'{query}' is withheld from the {audience} audience"
        case .withheldHint: "it is {sensitivity}; use --audience {keep} if you may see it"
        case .notInAnalysisView: "{option}: '{query}' is not in the analysis view"
        case .targetsSelectNone: "--targets '{selector}' selects no actor visible to the {audience} audience"
        case .omission: "note: left out for the {audience} audience: {counts}; --audience {keep} keeps them"
        case .wroteMap: "wrote {file}: {nodes}, {edges}, {layout} layout"
        case .wroteReport: "wrote {file}: {actors}, audience {audience}"
        case .wroteReportNoMap: "wrote {file}: {actors}, audience {audience} (no map)"
        case .added: "added to {file}:"
        case .wouldAdd: "would add to {file}:"
        case .eigenvectorDidNotConverge:
            "eigenvector centrality did not converge: this directed network has no dominant eigenvector "
                + "(an in-star, a directed path or any network without cycles has none; networkx raises "
                + "PowerIterationFailedConvergence here); drop --directed, or use pagerank"
        case .pageRankDidNotConverge:
            "pagerank did not converge within its iteration limit (networkx raises PowerIterationFailedConvergence here)"
        case .measureDidNotConverge: "{measure} did not converge within its iteration limit"
        }
    }
}
