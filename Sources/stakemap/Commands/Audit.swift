import ArgumentParser
import Foundation
import StakeMapAnalysis
import StakeMapText

/// `stakemap audit G`: what each audience would see, what is withheld from whom, and risky data.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check protection before sharing: what each audience sees, what is withheld from whom, and risky data.",
        discussion: """
        People in these maps can be threatened for who they meet. The audit counts what the \
        public, internal and confidential audiences would see, lists every actor, tie, event \
        and source withheld from some audience, and flags, each with a suggestion:
          withheld-actor-at-visible-event       a restricted or confidential actor at an event a wider audience sees
          unprotected-at-risk-actor             a person or group tagged activist, defender, peacebuilder, \
        human-rights, at-risk… that is public
          tie-less-protected-than-actor         a tie less protected than one of its ends
          withheld-actor-named-in-visible-text  an event's name, note, outcome (or a tie's or actor's note) \
        visible to an audience names an actor withheld from it
          withheld-actor-named-in-source        a source visible to an audience names an actor withheld from it

        --audience is who will read the audit (default: confidential, the data's owner): nothing \
        above it is named or counted, so an audit for --audience internal can be shared with the team.

        Examples:
          stakemap audit graphs/wps-all.yaml
          stakemap audit graphs/yemen-marib.yaml --format md --audience internal
        """)

    @Argument(help: "The network file (.yaml, .graphml, .json, .csv).")
    var graph: String

    @Option(help: "Output format: table, json, csv (the flags) or md.")
    var format: OutputFormat = .table

    @Option(help: "Who will read the audit: public, internal or confidential (default: confidential).")
    var audience: Audience = .confidential

    @OptionGroup var text: TextLanguageOptions

    @Flag(help: "Exit 1 when any high flag is found (for scripts and CI).")
    var strict = false

    func run() throws {
        let loaded = try loadGraph(graph)
        let audit = loaded.audit(for: audience)
        let visible = loaded.visible(to: audience)
        let output = AuditOutput(audit: audit, graph: visible, words: text.words)
        let title = loaded.title.map { text.words.name(of: $0) } ?? graph
        switch format {
        case .json:
            let words = Words(text.language, digits: text.digits, medium: .cell)
            print(try AnalysisOutput.json(AuditJSON(audit, graph: visible, words: words)), terminator: "")
        case .csv: print(output.csv(), terminator: "")
        case .md: print(output.markdown(title: title), terminator: "")
        case .table: print(output.text(title: title), terminator: "")
        }
        if strict && audit.flags.contains(where: { $0.severity == .high }) { throw ExitStatus.invalidInput }
    }
}
