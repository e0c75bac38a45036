import ArgumentParser
import Foundation
import StakeMapAnalysis
import StakeMapText

extension GroupAttribute: ExpressibleByArgument {}

/// Argument helpers shared by `gaps` and `plan`.
enum GapsArguments {
    /// Months from `24m`, `2y` or `18`; a usage error otherwise.
    static func months(_ text: String, option: String) throws -> Int {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let (number, factor): (Substring, Int) = trimmed.hasSuffix("y") ? (trimmed.dropLast(), 12)
            : trimmed.hasSuffix("m") ? (trimmed.dropLast(), 1) : (Substring(trimmed), 1)
        guard let value = Int(number), value > 0, value <= 1200 else {
            throw ValidationError("--\(option) '\(text)' is not a duration; write e.g. 24m, 2y or 18 (months)")
        }
        return value * factor
    }

    /// The actors a selector names, visible to `audience`, in graph order. A bare term is resolved
    /// like an actor argument (id, name or alias); unknown or withheld actors exit 1,
    /// worded in the language of `words`.
    static func targets(_ text: String, in graph: Graph, audience: Audience, words: Words) throws -> [String] {
        let selector: Selector
        switch Selector.parse(text) {
        case let .success(parsed):
            selector = parsed
        case let .failure(problem):
            printError(SelectorText.line(problem, words: words))
            throw ExitStatus.invalidInput
        }
        let visible = graph.visible(to: audience)
        var chosen = Set<String>()
        for terms in selector.alternatives {
            if terms.count == 1, case let .id(reference) = terms[0] {
                chosen.insert(try resolveActor(reference, in: graph, audience: audience, words: words).id)
                continue
            }
            for case let .id(reference) in terms { _ = try resolveActor(reference, in: graph, audience: audience, words: words) }
            for actor in visible.actors where terms.allSatisfy({ $0.matches(actor) }) { chosen.insert(actor.id) }
        }
        let ordered = visible.actors.map(\.id).filter(chosen.contains)
        guard !ordered.isEmpty else {
            printError(words(.errorPrefix) + words(.targetsSelectNone, ["selector": words.language == .en ? .text(text) : .name(text),
                                                                         "audience": .text(words.name(of: audience))]))
            throw ExitStatus.invalidInput
        }
        return ordered
    }

    /// The home actor named by an id, name or alias (exits 1 when unknown or withheld).
    static func home(_ reference: String, in graph: Graph, audience: Audience, words: Words) throws -> String {
        try resolveActor(reference, in: graph, audience: audience, words: words).id
    }
}
