import Foundation

/// Finds the actor a user means: by id, or by any name or alias in any language
/// (`"معا نبنيها"`, `"TWBI"`), with distinct errors for unknown, ambiguous and withheld actors.
public struct ActorResolver: Sendable {
    private let graph: Graph
    private let audience: Audience
    private let byName: [String: [String]]

    /// Creates a resolver over `graph` for `audience`.
    /// - Complexity: O(actors × names).
    public init(graph: Graph, audience: Audience) {
        self.graph = graph
        self.audience = audience
        var index = [String: [String]]()
        for actor in graph.actors {
            for name in Set(actor.allNames.map(ActorResolver.normalized)) where !name.isEmpty {
                index[name, default: []].append(actor.id)
            }
        }
        byName = index
    }

    /// Folds case, diacritics (including Arabic harakat and tatweel) and surrounding space.
    public static func normalized(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{0640}", with: "")
            .unicodeScalars.filter { !(0x064B...0x065F).contains($0.value) && $0.value != 0x0670 }
            .reduce(into: "") { $0.unicodeScalars.append($1) }
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The actor meant by `reference` (an id, a name or an alias).
    /// - Throws: `StakeMapError` (`.badArgument`): unknown (with suggestions), ambiguous (with the
    ///   candidates' ids), or withheld from this audience.
    public func resolve(_ reference: String) throws(StakeMapError) -> Actor {
        let candidates: [Actor]
        if let actor = graph.actor(withID: reference) {
            candidates = [actor]
        } else {
            candidates = (byName[Self.normalized(reference)] ?? []).compactMap { graph.actor(withID: $0) }
        }
        let visible = candidates.filter { audience.canSee($0.sensitivity) }
        if visible.count == 1 { return visible[0] }
        if visible.count > 1 {
            let list = visible.map { "'\($0.id)' (\($0.displayName(in: "en")), \($0.kind.rawValue))" }.joined(separator: ", ")
            throw StakeMapError(.badArgument, "'\(reference)' is ambiguous: it names \(list)",
                                hint: "use one of the ids")
        }
        if !candidates.isEmpty {
            throw StakeMapError(.badArgument, "'\(reference)' is withheld from the \(audience.rawValue) audience",
                                hint: "it is \(candidates[0].sensitivity.rawValue); use --audience \(candidates[0].sensitivity == .confidential ? "confidential" : "internal") if you may see it")
        }
        throw StakeMapError(.badArgument, "no actor '\(reference)'", hint: suggestion(for: reference))
    }

    private func suggestion(for reference: String) -> String {
        let visible = graph.actors.filter { audience.canSee($0.sensitivity) }
        let normalized = Self.normalized(reference)
        var scored = [(Int, String)]()
        for actor in visible {
            let names = [actor.id] + actor.allNames
            let best = names.map { name -> Int in
                let candidate = Self.normalized(name)
                if candidate.contains(normalized) || normalized.contains(candidate) { return 0 }
                return Suggestion.editDistance(normalized, candidate)
            }.min() ?? Int.max
            scored.append((best, actor.id))
        }
        let close = scored.filter { $0.0 <= max(2, normalized.count / 3) }.sorted { $0 < $1 }.prefix(3).map { "'\($0.1)'" }
        return close.isEmpty ? "ids and names (in any language) are accepted" : "did you mean \(close.joined(separator: " or "))?"
    }
}
