import ArgumentParser
import Foundation
import StakeMapAnalysis
import StakeMapText

/// `stakemap common G A B …`: contacts, memberships and events several actors share.
struct CommonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "common",
        abstract: "What several actors share: contacts, memberships and events (interlocks).",
        discussion: """
        Lists every actor tied to at least two of them, every organization, coalition or post \
        at least two belong to, and every event at least two attended — the common ground for \
        an introduction.

        Example:
          stakemap common graphs/libya-wps.yaml twbi lwa defenders
        """)

    @Argument(help: "The network.") var graph: String
    @Argument(help: "Two or more actors (ids, names or aliases).") var actors: [String]
    @Option(help: "Output: table, json, csv or md.") var format: OutputFormat = .table
    @OptionGroup var audience: AudienceOption
    @OptionGroup var text: TextLanguageOptions

    func validate() throws {
        guard actors.count >= 2 else { throw ValidationError("name at least two actors") }
    }

    func run() throws {
        let graph = try loadGraph(self.graph)
        let ids = try actors.map { try resolveActor($0, in: graph, audience: audience.audience, words: text.words).id }
        let common = graph.commonGround(of: ids, audience: audience.audience)
        let words = text.words, lang = text.language.rawValue
        func name(_ id: String) -> String {
            graph.actor(withID: id)?.displayName(in: lang) ?? graph.event(withID: id)?.displayName(in: lang) ?? id
        }
        let labels: [String: Message] = ["contact": .contact, "membership": .membership, "event": .event]
        let sections: [(String, [CommonGround.Shared])] = [("contact", common.contacts), ("membership", common.memberships), ("event", common.events)]
        if format == .json {
            var object: [String: Any] = ["actors": ids]
            for (label, items) in sections {
                object[label == "contact" ? "contacts" : label + "s"] = items.map { ["id": $0.id, "shared_by": $0.sharedBy] as [String: Any] }
            }
            print(jsonText(object))
            return
        }
        let rows = sections.flatMap { label, items in
            items.map { [text.language == .en ? label : labels[label].map { words($0) } ?? label, $0.id, name($0.id),
                         words.digits.format($0.sharedBy.count), $0.sharedBy.map(name).joined(separator: words.catalog.comma)] }
        }
        if rows.isEmpty {
            let names = text.language == .en ? .worded(ids.map(name).joined(separator: ", ")) : TextValue.list(ids.map { .name(name($0)) })
            print(words(.shareNothing, ["names": names]))
            return
        }
        let headers = [Message.shared, .id, .name, .by, .sharedBy].map { words($0) }
        print(Table(headers: headers, rows: rows, numericColumns: [3]).render(format), terminator: "")
    }
}
