import Foundation

/// Finds the actor a user means: by id, or by any name or alias in any language
/// (`"معا نبنيها"`, `"TWBI"`), typed the way people type (`"تحالف المراه الليبيه"`,
/// `"ستيفانى ويليامز"`, `"lars tummers"`), with distinct errors for unknown, ambiguous and
/// withheld actors.
///
/// Names are compared by `NameNormalizer.key`; when nothing matches, by
/// `NameNormalizer.articleFree` (the article "ال" ignored) and then `NameNormalizer.compact`
/// (spaces ignored too), as long as the looser form names one actor only.
public struct ActorResolver: Sendable {
    private let graph: Graph
    private let audience: Audience
    private let indexes: [[String: [String]]]

    /// Creates a resolver over `graph` for `audience`.
    /// - Complexity: O(actors × names).
    public init(graph: Graph, audience: Audience) {
        self.graph = graph
        self.audience = audience
        var indexes = [[String: [String]]](repeating: [:], count: Self.forms.count)
        for actor in graph.actors {
            for (position, form) in Self.forms.enumerated() {
                for name in Set(actor.allNames.map(form)) where !name.isEmpty {
                    indexes[position][name, default: []].append(actor.id)
                }
            }
        }
        self.indexes = indexes
    }

    /// The forms names are compared in, strictest first.
    private static let forms: [@Sendable (String) -> String] = [NameNormalizer.key, NameNormalizer.articleFree, NameNormalizer.compact]

    /// Folds case, diacritics, Arabic letter variants (hamza, ى, ة), tashkeel, tatweel and
    /// surrounding space: `NameNormalizer.key`.
    public static func normalized(_ text: String) -> String { NameNormalizer.key(text) }

    /// The actor meant by `reference` (an id, a name or an alias).
    /// - Throws: `StakeMapError` (`.badArgument`, worded in English, the fact in
    ///   `actorResolution`): unknown (with suggestions in the script of `reference`), ambiguous
    ///   (with the candidates' ids), or withheld from this audience.
    public func resolve(_ reference: String) throws(StakeMapError) -> Actor {
        switch resolution(of: reference) {
        case let .success(actor): return actor
        case let .failure(failure): throw failure.error
        }
    }

    /// The actor meant by `reference`, or the fact of why there is none (for words in any language).
    public func resolution(of reference: String) -> Result<Actor, ActorResolutionFailure> {
        let candidates: [Actor]
        if let actor = graph.actor(withID: reference) {
            candidates = [actor]
        } else {
            candidates = lookUp(reference)
        }
        let visible = candidates.filter { audience.canSee($0.sensitivity) }
        if visible.count == 1 { return .success(visible[0]) }
        if visible.count > 1 {
            let listed = visible.map { ActorResolutionFailure.Candidate(id: $0.id, kind: $0.kind, name: $0.name) }
            return .failure(ActorResolutionFailure(.ambiguous, query: reference, candidates: listed))
        }
        if let withheld = candidates.first {
            return .failure(ActorResolutionFailure(.withheld(sensitivity: withheld.sensitivity, audience: audience), query: reference))
        }
        return .failure(ActorResolutionFailure(.notFound, query: reference, candidates: suggestions(for: reference)))
    }

    /// The actors whose names match `reference` in the strictest form that matches at all.
    private func lookUp(_ reference: String) -> [Actor] {
        for (position, form) in Self.forms.enumerated() {
            let key = form(reference)
            guard !key.isEmpty, let ids = indexes[position][key] else { continue }
            return Array(Set(ids)).sorted().compactMap { graph.actor(withID: $0) }
        }
        return []
    }

    /// The (at most three) visible actors whose id or name in the script of `reference` is
    /// closest to it, closest first.
    private func suggestions(for reference: String) -> [ActorResolutionFailure.Candidate] {
        let arabic = NameNormalizer.isArabic(reference)
        let wanted = NameNormalizer.articleFree(reference)
        var scored = [(distance: Int, actor: Actor, shown: String)]()
        for actor in graph.actors where audience.canSee(actor.sensitivity) {
            let names = actor.allNames.filter { NameNormalizer.isArabic($0) == arabic }
            var best: (Int, String)?
            for name in (arabic ? [] : [actor.id]) + names {
                let candidate = NameNormalizer.articleFree(name)
                guard !candidate.isEmpty else { continue }
                let distance = candidate.contains(wanted) || wanted.contains(candidate) ? 0 : Suggestion.editDistance(wanted, candidate)
                if best == nil || distance < best?.0 ?? Int.max { best = (distance, name) }
            }
            if let best { scored.append((best.0, actor, best.1)) }
        }
        let limit = max(2, wanted.count / 3)
        return scored.filter { $0.distance <= limit }
            .sorted { ($0.distance, $0.actor.id) < ($1.distance, $1.actor.id) }.prefix(3)
            .map { match in
                ActorResolutionFailure.Candidate(id: match.actor.id, kind: match.actor.kind, name: match.actor.name,
                                                 matched: match.shown == match.actor.id ? nil : match.shown)
            }
    }
}
