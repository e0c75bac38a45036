import ArgumentParser
import Foundation
import StakeMapAnalysis
import StakeMapFormats
import StakeMapText

/// `stakemap diff OLD NEW`: what changed between two versions of a network.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a network.",
        discussion: """
        Lists actors, ties and events (meetings, workshops, …) added, removed or changed, field \
        by field, then the biggest shifts in betweenness (the brokers) and PageRank (who is \
        central), computed on both versions under centrality's rule: unweighted unless \
        --weighted (PageRank equals networkx pagerank(G, weight=None); with --weighted, \
        weight="weight"); a PageRank that does not converge is an error (exit 1).

        Either side may be a file in any readable format, or git:REVISION:PATH for the file as \
        it was at a revision of the git repository of the current directory (its includes are \
        read from the same revision).

        Actors and events are matched by id; ties by ends, kind and date, and a tie whose date \
        changed is shown as changed. Exit status 0 whether or not there are changes.

        Examples:
          stakemap diff old.yaml graphs/libya-wps.yaml
          stakemap diff git:HEAD~3:graphs/libya-wps.yaml graphs/libya-wps.yaml
          stakemap diff git:v1:graphs/libya-wps.yaml git:HEAD:graphs/libya-wps.yaml --format md
        """)

    @Argument(help: "The old version: a file, or git:REVISION:PATH.")
    var old: String

    @Argument(help: "The new version: a file, or git:REVISION:PATH.")
    var new: String

    @Option(help: "How many of the biggest centrality shifts to show per measure.")
    var top = 5

    @Flag(help: "Use tie strength in the centrality shifts (weighted betweenness, PageRank by strength), as centrality --weighted.")
    var weighted = false

    @Option(help: "Output format: table, json, csv or md.")
    var format: OutputFormat = .table

    @OptionGroup var audience: AudienceOption
    @OptionGroup var text: TextLanguageOptions

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be 0 or more") }
    }

    func run() throws {
        let before = try load(old), after = try load(new)
        let diff = GraphDiff(old: before, new: after)
        let shifts: [(measure: String, shifts: [CentralityShift])]
        do {
            shifts = top == 0 ? [] : try CentralityShift.shifts(old: before, new: after, audience: audience.audience, top: top,
                                                                weighted: weighted)
        } catch {
            throw report(error)
        }
        let output = DiffOutput(diff: diff, shifts: shifts, old: before, new: after, words: text.words)
        switch format {
        case .json:
            print(try output.json(), terminator: "")
        case .csv:
            print(output.changesTable().render(.csv), terminator: "")
        case .table, .md:
            var text = (format == .md ? "**\(output.summary())**" : output.summary()) + "\n\n"
            if !diff.isEmpty { text += output.changesTable().render(format) + "\n" }
            let shiftTable = output.shiftsTable(csv: false)
            if !shiftTable.rows.isEmpty {
                text += (format == .md ? "### \(output.shiftsHeading)\n\n" : output.shiftsHeading + "\n") + shiftTable.render(format)
            }
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }

    /// One side, seen by the audience; problems printed, exit 1.
    private func load(_ argument: String) throws -> Graph {
        do {
            let loaded = try DiffSource(argument: argument).load()
            report(warnings: loaded.warnings)
            return loaded.graph.visible(to: audience.audience)
        } catch {
            throw report(error)
        }
    }
}
