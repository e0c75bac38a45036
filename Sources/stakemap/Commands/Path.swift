import ArgumentParser
import Foundation
import StakeMapAnalysis
import StakeMapText

/// `stakemap path G A B`: the k best introduction paths, each step explained.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "The best introduction paths from one actor to another, each step with its evidence.",
        discussion: """
        Paths are loop-free (Yen's k shortest paths) over all ties except 'threatens' and \
        'opposes', plus shared events. A step's length is 1/strength of the pair's strongest \
        tie (so close ties are short); --recency-half-life 24m doubles it for every 24 months \
        since the pair last met, relative to the network's as_of. Equal costs are ordered by the \
        ids along the path. Withheld actors (for --audience) are never on a path.

        Examples:
          stakemap path graphs/libya-wps.yaml lwa lars-tummers
          stakemap path graphs/libya-wps.yaml lwa "Stephanie Williams" --k 5 --recency-half-life 24m
          stakemap path graphs/libya-wps.yaml lwa beatrice-le-fraper --avoid twbi --format json
        """)

    @Argument(help: "The network.") var graph: String
    @Argument(help: "From (id, name or alias).") var from: String
    @Argument(help: "To (id, name or alias).") var to: String
    @Option(help: "How many paths.") var k = 3
    @Option(help: "Edge length: inverse (1/strength, default) or strength (networkx's weight= convention).") var length: LengthConvention = .inverse
    @Option(help: "Staleness half-life, e.g. 24m, 2y or 18 (months).") var recencyHalfLife: String?
    @Option(help: "Actors the paths must avoid, comma-separated ids or names.") var avoid: String?
    @Option(help: "Output: table, json, csv or md.") var format: OutputFormat = .table
    @Option(help: "Actors withheld from --audience: omit (paths avoid them) or placeholder (a path through them is shown, each run of them as an anonymous 'withheld actor', without cost).")
    var withheld: WithheldStyle = .omit
    @OptionGroup var audience: AudienceOption
    @OptionGroup var text: TextLanguageOptions

    func validate() throws {
        guard (1...100).contains(k) else { throw ValidationError("--k must be from 1 to 100") }
        _ = try halfLifeMonths()
    }

    private func halfLifeMonths() throws -> Double? {
        guard let text = recencyHalfLife?.trimmingCharacters(in: .whitespaces).lowercased() else { return nil }
        let (number, factor): (Substring, Double) = text.hasSuffix("y") ? (text.dropLast(), 12)
            : text.hasSuffix("m") ? (text.dropLast(), 1) : (Substring(text), 1)
        guard let value = Double(number), value > 0 else {
            throw ValidationError("--recency-half-life '\(recencyHalfLife ?? "")' is not a duration; write e.g. 24m or 2y")
        }
        return value * factor
    }

    func run() throws {
        let graph = try loadGraph(self.graph)
        let source = try resolveActor(from, in: graph, audience: audience.audience, words: text.words)
        let target = try resolveActor(to, in: graph, audience: audience.audience, words: text.words)
        var avoided = Set<String>()
        for reference in (avoid ?? "").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !reference.isEmpty {
            avoided.insert(try resolveActor(reference, in: graph, audience: audience.audience, words: text.words).id)
        }
        let options = PathOptions(k: k, length: length, recencyHalfLifeMonths: try halfLifeMonths(), avoid: avoided,
                                  audience: audience.audience)
        if withheld == .placeholder {
            let masked = WithheldPaths.paths(in: graph, from: source.id, to: target.id, options: options)
            print(WithheldPaths.render(masked, from: source, to: target, graph: graph.visible(to: audience.audience), format: format,
                                       words: text.words), terminator: "")
            return
        }
        let paths = graph.introductionPaths(from: source.id, to: target.id, options: options)
        let words = text.words, lang = text.language.rawValue
        func name(_ id: String) -> String { graph.actor(withID: id)?.displayName(in: lang) ?? id }
        func explanation(_ step: PathStep) -> String { PathText.explanation(step, in: graph, words: words) }
        if format == .json {
            print(jsonText([
                "from": source.id, "to": target.id,
                "paths": paths.map { path -> [String: Any] in
                    ["actors": path.actors, "cost": path.cost,
                     "steps": path.steps.map { step -> [String: Any] in
                         ["from": step.from, "to": step.to, "length": step.length,
                          "last_contact": jsonValue(step.lastContact?.description),
                          "explanation": explanation(step),
                          "sources": Array(Set(step.evidence.flatMap(\.sources))).sorted().map(\.description)]
                     }]
                },
            ]))
            return
        }
        guard !paths.isEmpty else {
            var arguments: [String: TextValue] = ["from": .name(source.displayName(in: lang)), "to": .name(target.displayName(in: lang))]
            arguments["avoid"] = .list(avoided.sorted().map { .id($0) })
            print(words(avoided.isEmpty ? .noPath : .noPathAvoiding, arguments))
            return
        }
        if format == .table {
            for (number, path) in paths.enumerated() {
                print(words(.pathLine, ["number": .number(number + 1), "actors": .worded(path.actors.map(name).joined(separator: words.catalog.arrow)),
                                        "cost": .decimal(String(format: "%.3f", path.cost))]))
                for step in path.steps {
                    print("   " + name(step.from) + words.catalog.arrow + name(step.to) + ": " + explanation(step))
                }
                if number < paths.count - 1 { print("") }
            }
            return
        }
        let rows = paths.enumerated().flatMap { number, path in
            path.steps.enumerated().map { index, step in
                ["\(number + 1)", String(format: "%.6g", path.cost), "\(index + 1)", step.from, step.to, explanation(step)]
            }
        }
        let headers = [Message.path, .cost, .step, .from, .to, .evidence].map { words($0) }
        print(Table(headers: headers, rows: rows).render(format), terminator: "")
    }
}
