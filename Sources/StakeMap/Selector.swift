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
    /// - Throws: `StakeMapError` (`.badArgument`) naming the bad term with a hint.
    public init(parsing text: String) throws(StakeMapError) {
        var alternatives = [[Term]]()
        for alternative in text.split(separator: ",", omittingEmptySubsequences: false) {
            var terms = [Term]()
            for raw in alternative.split(separator: "+", omittingEmptySubsequences: false) {
                let term = raw.trimmingCharacters(in: .whitespaces)
                guard !term.isEmpty else {
                    throw StakeMapError(.badArgument, "empty term in selector '\(text)'",
                                        hint: "write terms such as kind:person,tag:eu+country:FR")
                }
                terms.append(try Self.term(term))
            }
            alternatives.append(terms)
        }
        self.alternatives = alternatives
    }

    private static func term(_ text: String) throws(StakeMapError) -> Term {
        guard let colon = text.firstIndex(of: ":") else { return .id(text) }
        let field = String(text[..<colon]), value = String(text[text.index(after: colon)...])
        guard !value.isEmpty else {
            throw StakeMapError(.badArgument, "'\(text)' has no value after ':'")
        }
        switch field {
        case "kind":
            guard let kind = ActorKind(rawValue: value) else {
                throw StakeMapError(.badArgument, "unknown actor kind '\(value)' in selector",
                                    hint: Suggestion.hint(for: value, in: ActorKind.allCases.map(\.rawValue))
                                        ?? "kinds: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return .kind(kind)
        case "tag": return .tag(value)
        case "field":
            guard let equals = value.firstIndex(of: "="), equals != value.startIndex else {
                throw StakeMapError(.badArgument, "'\(text)' needs a field and a value", hint: "write field:KEY=VALUE, e.g. field:club=Mr. Hi")
            }
            return .field(String(value[..<equals]), String(value[value.index(after: equals)...]))
        case "country": return .country(value)
        case "region": return .region(value)
        case "sensitivity":
            guard let level = Sensitivity(rawValue: value) else {
                throw StakeMapError(.badArgument, "unknown sensitivity '\(value)' in selector",
                                    hint: "public, restricted or confidential")
            }
            return .sensitivity(level)
        default:
            throw StakeMapError(.badArgument, "unknown selector field '\(field)'",
                                hint: Suggestion.hint(for: field, in: fields) ?? "fields: \(fields.joined(separator: ", ")), or a bare id")
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
