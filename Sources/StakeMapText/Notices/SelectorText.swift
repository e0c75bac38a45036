import StakeMap

/// A selector that does not parse (`--targets kind:persn`), in words: in English as
/// `SelectorProblem.error` writes it, in Arabic from the catalog; the selector's own terms,
/// kinds and fields are shown as written (isolated in Arabic), since they are what to type.
public enum SelectorText {
    /// The error line (prefix, message and hint when there is one) in the language of `words`.
    public static func line(_ problem: SelectorProblem, words: Words) -> String {
        let (message, hint) = parts(problem, words: words)
        return words(.errorPrefix) + message + (hint.map { words(.hintSeparator) + $0 } ?? "")
    }

    private static func parts(_ problem: SelectorProblem, words: Words) -> (String, String?) {
        let code = { (text: String) in ResolutionText.id(text, words) }
        let codes = { (items: [String]) in TextValue.worded(items.map { words.value(code($0)) }.joined(separator: words.catalog.comma)) }
        let didYouMean = { (closest: String?) in
            closest.map { words(.didYouMean, ["candidates": .worded(words(.suggestedID, ["id": code($0)]))]) }
        }
        switch problem.reason {
        case .emptyTerm:
            return (words(.selectorEmptyTerm, ["selector": code(problem.selector)]), words(.selectorTermsHint))
        case let .noValue(term):
            return (words(.selectorNoValue, ["term": code(term)]), nil)
        case let .unknownKind(value, closest):
            return (words(.selectorUnknownKind, ["value": code(value)]),
                    didYouMean(closest) ?? words(.selectorKindsHint, ["kinds": codes(ActorKind.allCases.map(\.rawValue))]))
        case let .fieldWithoutValue(term):
            return (words(.selectorFieldWithoutValue, ["term": code(term)]), words(.selectorFieldHint))
        case let .unknownSensitivity(value):
            return (words(.selectorUnknownSensitivity, ["value": code(value)]), words(.selectorSensitivityHint))
        case let .unknownField(field, closest):
            return (words(.selectorUnknownField, ["field": code(field)]),
                    didYouMean(closest) ?? words(.selectorFieldsHint, ["fields": codes(Selector.fields)]))
        }
    }
}
