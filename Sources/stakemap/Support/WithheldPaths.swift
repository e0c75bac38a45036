import ArgumentParser
import Foundation
import StakeMapAnalysis
import StakeMapText

/// What to do with withheld actors where a result runs through them.
enum WithheldStyle: String, ExpressibleByArgument, CaseIterable {
    /// Leave them out: results that need them are not shown.
    case omit
    /// Show each run of withheld actors as one anonymous "withheld actor", with no id, name,
    /// date, place or source, so the reader knows a route exists.
    case placeholder
}

/// Introduction paths that may run through actors withheld from the audience, with those
/// actors shown only as an anonymous placeholder.
///
/// Paths are found on every actor, the ties and events the audience sees, and the ties that
/// join a visible actor to a withheld one (those are what the placeholder stands for). A
/// withheld tie between two visible actors is never used: that would show who met whom. Costs
/// of paths through a placeholder are not shown (they would tell the strength of withheld ties).
enum WithheldPaths {
    /// One path with withheld actors masked.
    struct MaskedPath: Hashable {
        /// The actors along the path; nil for a placeholder (a run of withheld actors).
        var actors: [String?]
        /// One explanation per step (nil: through a withheld actor).
        var explanations: [StepExplanation?]
        /// The cost, when the path has no placeholder.
        var cost: Double?
    }

    /// The network paths are searched on (see the type's summary).
    static func searchGraph(_ graph: Graph, audience: Audience) -> Graph {
        let visibleIDs = Set(graph.actors.filter { audience.canSee($0.sensitivity) }.map(\.id))
        let ties = graph.ties.filter { tie in
            let withheldEnd = !visibleIDs.contains(tie.from) || !visibleIDs.contains(tie.to)
            return withheldEnd || audience.canSee(tie.sensitivity)
        }
        let events = graph.events.filter { audience.canSee($0.sensitivity) }
        var search = Graph(title: graph.title, asOf: graph.asOf, sources: graph.sources, actors: graph.actors, ties: ties, events: events)
        search.setActors(graph.actors.map { var actor = $0; actor.sensitivity = .public; return actor })
        search.ties = search.ties.map { var tie = $0; tie.sensitivity = .public; return tie }
        search.events = search.events.map { var event = $0; event.sensitivity = .public; return event }
        return search
    }

    /// The `options.k` best paths from `source` to `target` with withheld actors masked;
    /// paths that read the same once masked are listed once.
    static func paths(in graph: Graph, from source: String, to target: String, options: PathOptions) -> [MaskedPath] {
        let audience = options.audience
        let visibleIDs = Set(graph.actors.filter { audience.canSee($0.sensitivity) }.map(\.id))
        var search = options
        search.audience = .confidential
        var result = [MaskedPath]()
        for path in searchGraph(graph, audience: audience).introductionPaths(from: source, to: target, options: search) {
            var actors = [String?]()
            var explanations = [StepExplanation?]()
            var masked = false
            for (index, id) in path.actors.enumerated() {
                let shown: String? = visibleIDs.contains(id) ? id : nil
                if shown == nil { masked = true }
                if index > 0 {
                    let step = path.steps[index - 1]
                    if shown == nil && actors.last == .some(nil) { continue }
                    explanations.append(shown == nil || actors.last == .some(nil) ? nil : step.explanation)
                }
                actors.append(shown)
            }
            let item = MaskedPath(actors: actors, explanations: explanations, cost: masked ? nil : path.cost)
            if !result.contains(where: { $0.actors == item.actors }) { result.append(item) }
        }
        return result
    }

    /// The paths printed in `format`, as `path` prints them, in the language of `words`;
    /// `graph` is the network as the audience sees it.
    static func render(_ paths: [MaskedPath], from source: Actor, to target: Actor, graph: Graph, format: OutputFormat, words: Words) -> String {
        let label = words(CommandMessage.withheldActor)
        func name(_ id: String?) -> String { id.map { graph.actor(withID: $0)?.displayName(in: words.tag) ?? $0 } ?? label }
        func cost(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "—" }
        func explanation(_ item: StepExplanation?) -> String {
            item.map { PathText.explanation($0, in: graph, words: words) } ?? words(CommandMessage.throughWithheld)
        }
        switch format {
        case .json:
            return jsonText([
                "from": source.id, "to": target.id,
                "paths": paths.map { path -> [String: Any] in
                    ["actors": path.actors.map { $0 as Any? ?? NSNull() }, "cost": path.cost as Any? ?? NSNull(),
                     "steps": zip(path.actors, path.actors.dropFirst()).enumerated().map { index, pair -> [String: Any] in
                         ["from": pair.0 as Any? ?? NSNull(), "to": pair.1 as Any? ?? NSNull(), "explanation": explanation(path.explanations[index])]
                     }]
                },
            ]) + "\n"
        case .table:
            guard !paths.isEmpty else {
                return words(.noPath, ["from": .name(source.displayName(in: words.tag)), "to": .name(target.displayName(in: words.tag))]) + "\n"
            }
            var lines = [String]()
            for (number, path) in paths.enumerated() {
                if number > 0 { lines.append("") }
                lines.append(words(.pathLine, ["number": .number(number + 1), "actors": .worded(path.actors.map(name).joined(separator: words.catalog.arrow)),
                                               "cost": path.cost.map { .decimal(String(format: "%.3f", $0)) } ?? .text(cost(nil))]))
                for (index, pair) in zip(path.actors, path.actors.dropFirst()).enumerated() {
                    lines.append("   " + name(pair.0) + words.catalog.arrow + name(pair.1) + ": " + explanation(path.explanations[index]))
                }
            }
            return lines.joined(separator: "\n") + "\n"
        case .csv, .md:
            let rows = paths.enumerated().flatMap { number, path in
                zip(path.actors, path.actors.dropFirst()).enumerated().map { index, pair in
                    ["\(number + 1)", path.cost.map { String(format: "%.6g", $0) } ?? "", "\(index + 1)",
                     pair.0 ?? label, pair.1 ?? label, explanation(path.explanations[index])]
                }
            }
            return Table(headers: [Message.path, .cost, .step, .from, .to, .evidence].map { words($0) }, rows: rows).render(format)
        }
    }
}
