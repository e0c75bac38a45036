import Foundation

/// Chooses actors: `id`, `kind:person`, `tag:eu`, `country:FR`, `region:east`,
/// `sensitivity:restricted`, `field:club=Mr. Hi` (a custom field), combined with `,` (or) and `+` (and).
///
/// `kind:diplomatic-mission,tag:ambassador+country:FR` selects every diplomatic mission, and
/// every actor tagged `ambassador` whose country is FR (`+` binds tighter than `,`).
public struct Selector: Sendable, Hashable, CustomStringConvertible {
    /// One condition on an actor.
    public enum Term: Sendable, Hashable, CustomStringConvertible {
        /// The actor with this id.
        case id(String)
        /// Actors of this kind.
        case kind(ActorKind)
        /// Actors with this tag.
        case tag(String)
        /// Actors in this country (ISO alpha-2, compared case-insensitively).
        case country(String)
        /// Actors in this region.
        case region(String)
        /// Actors at this sensitivity level.
        case sensitivity(Sensitivity)
        /// Actors whose custom field `key` has this value (`field:club=Mr. Hi`).
        case field(String, String)

        /// The term as written.
        public var description: String {
            switch self {
            case let .id(id): id
            case let .kind(kind): "kind:\(kind.rawValue)"
            case let .tag(tag): "tag:\(tag)"
            case let .country(country): "country:\(country)"
            case let .region(region): "region:\(region)"
            case let .sensitivity(level): "sensitivity:\(level.rawValue)"
            case let .field(key, value): "field:\(key)=\(value)"
            }
        }

        /// Whether `actor` satisfies the term.
        public func matches(_ actor: Actor) -> Bool {
            switch self {
            case let .id(id): actor.id == id
            case let .kind(kind): actor.kind == kind
            case let .tag(tag): actor.tags.contains(tag)
            case let .country(country): actor.country?.uppercased() == country.uppercased()
            case let .region(region): actor.region == region
            case let .sensitivity(level): actor.sensitivity == level
            case let .field(key, value): actor.fields[key]?.description == value
            }
        }
    }

    /// The fields a term may name.
    public static let fields = ["kind", "tag", "country", "region", "sensitivity", "field"]

    /// Alternatives (or), each a conjunction (and) of terms.
    public let alternatives: [[Term]]

    /// Parses a selector.
    /// - Throws: `StakeMapError` (`.badArgument`) naming the bad term with a hint (the English
    ///   wording of `SelectorProblem.error`).
    public init(parsing text: String) throws(StakeMapError) {
        switch Self.parse(text) {
        case let .success(selector): self = selector
        case let .failure(problem): throw problem.error
        }
    }

    private init(alternatives: [[Term]]) {
        self.alternatives = alternatives
    }

    /// The selector written `text`, or what is wrong with it (for a caller that words it in
    /// the reader's language).
    public static func parse(_ text: String) -> Result<Selector, SelectorProblem> {
        var alternatives = [[Term]]()
        for alternative in text.split(separator: ",", omittingEmptySubsequences: false) {
            var terms = [Term]()
            for raw in alternative.split(separator: "+", omittingEmptySubsequences: false) {
                let term = raw.trimmingCharacters(in: .whitespaces)
                guard !term.isEmpty else { return .failure(SelectorProblem(selector: text, reason: .emptyTerm)) }
                switch self.term(term) {
                case let .success(parsed): terms.append(parsed)
                case let .failure(reason): return .failure(SelectorProblem(selector: text, reason: reason))
                }
            }
            alternatives.append(terms)
        }
        return .success(Selector(alternatives: alternatives))
    }

    private static func term(_ text: String) -> Result<Term, SelectorProblem.Reason> {
        guard let colon = text.firstIndex(of: ":") else { return .success(.id(text)) }
        let field = String(text[..<colon]), value = String(text[text.index(after: colon)...])
        guard !value.isEmpty else { return .failure(.noValue(term: text)) }
        switch field {
        case "kind":
            guard let kind = ActorKind(rawValue: value) else {
                return .failure(.unknownKind(value, closest: Suggestion.closest(to: value, in: ActorKind.allCases.map(\.rawValue))))
            }
            return .success(.kind(kind))
        case "tag": return .success(.tag(value))
        case "field":
            guard let equals = value.firstIndex(of: "="), equals != value.startIndex else { return .failure(.fieldWithoutValue(term: text)) }
            return .success(.field(String(value[..<equals]), String(value[value.index(after: equals)...])))
        case "country": return .success(.country(value))
        case "region": return .success(.region(value))
        case "sensitivity":
            guard let level = Sensitivity(rawValue: value) else { return .failure(.unknownSensitivity(value)) }
            return .success(.sensitivity(level))
        default:
            return .failure(.unknownField(field, closest: Suggestion.closest(to: field, in: fields)))
        }
    }

    /// Whether `actor` is selected.
    public func matches(_ actor: Actor) -> Bool {
        alternatives.contains { terms in terms.allSatisfy { $0.matches(actor) } }
    }

    /// The selected actors of `graph`, in graph order.
    /// - Throws: `StakeMapError` (`.badArgument`) when a bare id names no actor (with a hint).
    public func select(in graph: Graph) throws(StakeMapError) -> [Actor] {
        for terms in alternatives {
            for case let .id(id) in terms where graph.actor(withID: id) == nil {
                throw StakeMapError(.badArgument, "no actor with id '\(id)'",
                                    hint: Suggestion.hint(for: id, in: graph.actors.map(\.id)) ?? "list ids with 'stakemap stats' or 'convert -o x.yaml'")
            }
        }
        return graph.actors.filter(matches)
    }

    /// The selector as written (normalised).
    public var description: String {
        alternatives.map { $0.map(\.description).joined(separator: "+") }.joined(separator: ",")
    }
}

/// What is wrong with a selector, for wording in any language (`error` is the English).
public struct SelectorProblem: Error, Sendable, Hashable {
    /// Why a selector does not parse.
    public enum Reason: Error, Sendable, Hashable {
        /// A `,` or `+` with nothing on one side.
        case emptyTerm
        /// `kind:` with nothing after the colon (the term as written).
        case noValue(term: String)
        /// An actor kind that does not exist, and the closest one.
        case unknownKind(String, closest: String?)
        /// `field:KEY` without `=VALUE` (the term as written).
        case fieldWithoutValue(term: String)
        /// A sensitivity that does not exist.
        case unknownSensitivity(String)
        /// A field before the colon that selectors do not know, and the closest one.
        case unknownField(String, closest: String?)
    }

    /// The selector as written.
    public let selector: String
    /// What is wrong.
    public let reason: Reason

    /// The problem as an English error with a hint (`.badArgument`).
    public var error: StakeMapError {
        let did = { (word: String?) in word.map { "did you mean '\($0)'?" } }
        switch reason {
        case .emptyTerm:
            return StakeMapError(.badArgument, "empty term in selector '\(selector)'", hint: "write terms such as kind:person,tag:eu+country:FR")
        case let .noValue(term):
            return StakeMapError(.badArgument, "'\(term)' has no value after ':'")
        case let .unknownKind(value, closest):
            return StakeMapError(.badArgument, "unknown actor kind '\(value)' in selector",
                                 hint: did(closest) ?? "kinds: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
        case let .fieldWithoutValue(term):
            return StakeMapError(.badArgument, "'\(term)' needs a field and a value", hint: "write field:KEY=VALUE, e.g. field:club=Mr. Hi")
        case let .unknownSensitivity(value):
            return StakeMapError(.badArgument, "unknown sensitivity '\(value)' in selector", hint: "public, restricted or confidential")
        case let .unknownField(field, closest):
            return StakeMapError(.badArgument, "unknown selector field '\(field)'",
                                 hint: did(closest) ?? "fields: \(Selector.fields.joined(separator: ", ")), or a bare id")
        }
    }
}
