import ArgumentParser
import Foundation
import StakeMapFormats

/// `stakemap convert G -o FILE`: writes a network in another format.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a network between formats (chosen by the file extensions).",
        discussion: """
        Reads: .yaml/.yml (native, with includes), .json (the native structure as JSON), \
        .graphml (networkx, Gephi, yEd, Cytoscape), .csv (a nodes file beside an edges file, \
        e.g. people-nodes.csv + people-edges.csv, or an edges file alone).
        Writes: .yaml (one self-contained file: includes are flattened), .json.

        Only what --audience may see is written (default: internal, which leaves out \
        confidential actors, ties and events).

        Examples:
          stakemap convert graphs/libya-wps.yaml -o libya.json
          stakemap convert karate.graphml -o karate.yaml
          stakemap convert graphs/libya-wps.yaml -o public.yaml --audience public
        """)

    @Argument(help: "The network to read.")
    var graph: String

    @Option(name: .shortAndLong, help: "The file to write ('-' for standard output with --to).")
    var output: String

    @Option(help: "The output format when it cannot be told from the extension: yaml or json.")
    var to: String?

    @OptionGroup var audience: AudienceOption

    func validate() throws {
        guard ["yaml", "yml", "json"].contains(targetFormat) else {
            throw ValidationError("cannot write '.\(targetFormat)' files; write .yaml or .json")
        }
    }

    private var targetFormat: String {
        (to ?? (output as NSString).pathExtension).lowercased()
    }

    func run() throws {
        let graph = try loadGraph(self.graph).visible(to: audience.audience)
        do {
            let text = targetFormat == "json" ? NativeWriter().writeJSON(graph) : try NativeWriter().write(graph)
            try emit(text, to: output)
        } catch {
            throw report(error)
        }
    }
}
