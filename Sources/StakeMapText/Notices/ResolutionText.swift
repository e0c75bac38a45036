import StakeMap

/// An actor argument that names no actor, in words: `error: no actor 'x'; did you mean 'y' (id)?`
/// in English (as the commands have always written it), `خطأ: لا توجد جهة …؛ هل تقصد «…» (lwa)؟`
/// in Arabic. Suggestions keep the script of the query; an ambiguous name lists its actors by
/// their names in the reader's language.
public enum ResolutionText {
    /// The error line (prefix, message, hint) of `failure` in the language of `words`.
    public static func line(_ failure: ActorResolutionFailure, words: Words) -> String {
        words(.errorPrefix) + message(failure, words: words) + words(.hintSeparator) + hint(failure, words: words)
    }

    /// What went wrong, without prefix or hint.
    public static func message(_ failure: ActorResolutionFailure, words: Words) -> String {
        let query = quoted(failure.query, words)
        switch failure.reason {
        case .notFound:
            return words(.actorNotFound, ["query": query])
        case .ambiguous:
            let items = failure.candidates.map { candidate in
                words(.ambiguousCandidate, ["id": id(candidate.id, words), "name": quoted(candidate.name.text(in: words.tag), words),
                                            "kind": .text(words.language == .en ? candidate.kind.rawValue : words.name(of: candidate.kind))])
            }
            return words(.actorAmbiguous, ["query": query, "candidates": .worded(items.joined(separator: words.catalog.comma))])
        case let .withheld(_, audience):
            return words(.actorWithheld, ["query": query, "audience": .text(words.name(of: audience))])
        }
    }

    /// What to do about it: the suggestions, the ids, or the audience that would see it.
    public static func hint(_ failure: ActorResolutionFailure, words: Words) -> String {
        switch failure.reason {
        case .notFound:
            guard !failure.candidates.isEmpty else { return words(.namesAccepted) }
            let shown = failure.candidates.map { candidate -> String in
                guard let name = candidate.matched else { return words(.suggestedID, ["id": id(candidate.id, words)]) }
                return words(failure.queryIsArabic ? .suggestedArabicName : .suggestedName, ["name": quoted(name, words), "id": id(candidate.id, words)])
            }
            return words(.didYouMean, ["candidates": .worded(shown.joined(separator: words(.or)))])
        case .ambiguous:
            return words(.useAnID)
        case let .withheld(sensitivity, _):
            return words(.withheldHint, ["sensitivity": .text(words.name(of: sensitivity)),
                                         "keep": .text(ActorResolutionFailure.keepingAudience(of: sensitivity).rawValue)])
        }
    }

    /// A name or query as typed: isolated in a right-to-left sentence when its direction differs,
    /// left as it is in English (as the commands have always written it).
    static func quoted(_ text: String, _ words: Words) -> TextValue {
        words.language.isRightToLeft ? .name(text) : .text(text)
    }

    /// An id: isolated in a right-to-left sentence.
    static func id(_ text: String, _ words: Words) -> TextValue {
        words.language.isRightToLeft ? .id(text) : .text(text)
    }
}
