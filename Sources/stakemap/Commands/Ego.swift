import ArgumentParser
import Foundation
import StakeMapAnalysis
import StakeMapText

/// `stakemap ego G A --depth N`: an actor's neighbourhood, as a table or as a sub-network.
struct EgoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ego",
        abstract: "An actor's neighbourhood: everyone within N steps, as a table or a sub-network file.",
        discussion: """
        Steps follow every visible tie and shared event. With -o, the neighbourhood is written \
        as a network (.yaml or .json) that every other command reads; `render --focus ID \
        --depth N` draws the same neighbourhood.

        Examples:
          stakemap ego graphs/libya-wps.yaml twbi --depth 2
          stakemap ego graphs/libya-wps.yaml "Stephanie Williams" -o williams.yaml
        """)

    @Argument(help: "The network.") var graph: String
    @Argument(help: "The centre (id, name or alias).") var actor: String
    @Option(help: "How many steps out.") var depth = 1
    @Option(name: .shortAndLong, help: "Write the neighbourhood as a network (.yaml or .json).") var output: String?
    @Option(help: "Output: table, json, csv or md.") var format: OutputFormat = .table
    @OptionGroup var audience: AudienceOption
    @OptionGroup var text: TextLanguageOptions
    @OptionGroup var time: TimeSliceOptions

    func validate() throws {
        guard (1...20).contains(depth) else { throw ValidationError("--depth must be from 1 to 20") }
        if let output, output != "-", !["yaml", "yml", "json"].contains((output as NSString).pathExtension.lowercased()) {
            throw ValidationError("-o writes .yaml or .json; use 'render --focus' for a map")
        }
    }

    func run() throws {
        let graph = try time.apply(to: loadGraph(self.graph))
        let center = try resolveActor(actor, in: graph, audience: audience.audience, words: text.words)
        let members = graph.neighbourhood(of: center.id, depth: depth, audience: audience.audience)
        if let output {
            announceOmission(of: graph, visible: graph.visible(to: audience.audience), audience: audience.audience, words: text.words)
            let sub = graph.visible(to: audience.audience).subgraph(keeping: Set(members.map(\.id)))
            do {
                let text = (output as NSString).pathExtension.lowercased() == "json"
                    ? NativeWriter().writeJSON(sub) : try NativeWriter().write(sub)
                try emit(text, to: output, words: self.text.words)
            } catch let error as StakeMapError {
                throw report(error)
            }
            if output != "-" {
                print(text.words(.wroteNetwork, ["file": .id(output), "actors": .count(sub.actors.count, .actor),
                                                 "ties": .count(sub.ties.count, .tie), "events": .count(sub.events.count, .event)]))
            }
            return
        }
        let words = text.words, lang = text.language.rawValue
        func name(_ id: String) -> String { graph.actor(withID: id)?.displayName(in: lang) ?? id }
        func kind(_ id: String) -> String {
            guard let kind = graph.actor(withID: id)?.kind else { return "" }
            return text.language == .en ? kind.rawValue : words.name(of: kind)
        }
        if format == .json {
            print(jsonText(["actor": center.id, "depth": depth,
                            "members": members.map { ["id": $0.id, "distance": $0.distance, "via": jsonValue($0.via)] as [String: Any] }]))
            return
        }
        let rows = members.map { member in
            [member.id, name(member.id), kind(member.id), words.digits.format(member.distance), member.via.map(name) ?? ""]
        }
        let headers = [Message.id, .name, .kind, .steps, .via].map { words($0) }
        print(Table(headers: headers, rows: rows, numericColumns: [3]).render(format), terminator: "")
    }
}
