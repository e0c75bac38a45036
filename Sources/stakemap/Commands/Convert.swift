import ArgumentParser
import Foundation
import StakeMapFormats
import StakeMapText

/// `stakemap convert G -o FILE`: writes a network in another format.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a network between formats (chosen by the file names).",
        discussion: """
        Reads: .yaml/.yml (native, with includes), .json (the native structure as JSON), \
        .graphml (networkx, Gephi, yEd, Cytoscape), .gexf (Gephi), X.kumu.json (a Kumu blueprint), \
        X-elements.csv + X-connections.csv (Kumu's spreadsheet layout), .csv (a nodes file beside \
        an edges file, e.g. people-nodes.csv + people-edges.csv, or an edges file alone).

        Writes (by the output name, or --to):
          .yaml, .json        the full model, lossless (JSON Schema: docs/stakemap.schema.json)
          .graphml            every actor and tie field as a key (name_en, name_ar, …); lossless
          .gexf               GEXF 1.3 with time spells from the dates (Gephi's timeline)
          X.kumu.json         a Kumu blueprint (elements, connections)
          X-elements.csv      Kumu's spreadsheet layout: X-elements.csv + X-connections.csv \
        (Label, Type, Description, Tags with '|' between values; From, To, Type, Direction)
          X.popolo.json       Popolo: persons, organizations, posts, memberships, events
          .dot                Graphviz DOT
          .cypher             a Cypher script of MERGE/CREATE statements for Neo4j
          X-neo4j-nodes.csv   the two files of neo4j-admin database import (nodes and \
        relationships); or a folder with --to neo4j-csv
        What a format cannot hold is named in one warning; nothing is dropped silently. \
        docs/FORMATS.md describes every mapping.

        Only what --audience may see is written (default: internal, which leaves out \
        confidential actors, ties and events).

        Examples:
          stakemap convert graphs/libya-wps.yaml -o libya.graphml
          stakemap convert graphs/libya-wps.yaml -o libya.gexf --audience public
          stakemap convert graphs/libya-wps.yaml -o libya-elements.csv
          stakemap convert graphs/libya-wps.yaml -o export/ --to neo4j-csv
          stakemap convert karate.graphml -o karate.yaml
        """)

    @Argument(help: "The network to read.")
    var graph: String

    @Option(name: .shortAndLong, help: "The file to write ('-' for standard output, for one-file formats).")
    var output: String

    @Option(help: ArgumentHelp(
        "The output format when the name does not tell it: \(GraphFormat.writable.map(\.rawValue).joined(separator: ", ")).",
        valueName: "format"))
    var to: String?

    @OptionGroup var audience: AudienceOption

    @OptionGroup var language: TextLanguageOptions

    @Flag(help: "Write CSV files without the byte-order mark (which Excel needs to show Arabic; some tools dislike it).")
    var noBom = false

    func validate() throws {
        let format = try targetFormat()
        if output == "-" && [.kumuCSV, .neo4jCSV, .csv].contains(format) {
            throw ValidationError("\(format.displayName) is two files; give a file name or a folder with -o")
        }
    }

    /// The format to write: `--to`, else the output name's.
    func targetFormat() throws -> GraphFormat {
        let names = GraphFormat.writable.map(\.rawValue).joined(separator: ", ")
        if let to {
            let key = to.lowercased() == "yml" ? "yaml" : to.lowercased()
            guard let format = GraphFormat(rawValue: key), GraphFormat.writable.contains(format) else {
                let hint = Suggestion.hint(for: key, in: GraphFormat.writable.map(\.rawValue)).map { "; \($0)" } ?? "; formats: \(names)"
                throw ValidationError("cannot write '\(to)'\(hint)")
            }
            return format
        }
        guard let format = GraphFormat(path: output), GraphFormat.writable.contains(format) else {
            throw ValidationError("cannot tell the format of '\(output)'; name it .yaml, .json, .graphml, .gexf, X.kumu.json, "
                                  + "X-elements.csv, X.popolo.json, .dot, .cypher or X-neo4j-nodes.csv, or give --to (\(names))")
        }
        return format
    }

    func run() throws {
        let format = try targetFormat()
        let full = try loadGraph(self.graph)
        let graph = full.visible(to: audience.audience)
        let words = language.words
        let omission = announceOmission(of: full, visible: graph, audience: audience.audience, words: words)
        do {
            let (files, warnings) = try GraphExporter.export(graph, as: format, to: output)
            // The warning of what the format cannot hold is said in the language asked for.
            let formatLoss = FormatCapabilities.loss(of: graph, in: format)
            let lossWarning = formatLoss.map { FormatCapabilities.lossWarning($0) }
            // The other warning a native file can have: ties the input states twice.
            let restated = warnings.contains { $0 != lossWarning } ? GraphExporter.restatedTies(of: graph) : nil
            for warning in warnings {
                if warning == lossWarning, let formatLoss {
                    printError(ConvertText.lossLine(formatLoss, words: words))
                } else if let restated, warning == restated.warning {
                    printError(ConvertText.restatedLine(restated, words: words))
                } else {
                    printError(warning.description)
                }
            }
            let loss = ConvertOutput.loss(omission: omission, formatWarned: !warnings.isEmpty,
                                          sameFormat: GraphFormat(path: self.graph) == format)
            let inputs = ReadInputs.shared.guard(loss: loss)
            try refuseOverwriting(files.map(\.path), guarding: inputs, words: words)
            if output.hasSuffix("/") { try ConvertOutput.createFolder(output) }
            try SafeWriter.write(files.map { file in
                let bom = noBom && file.text.hasPrefix("\u{FEFF}")
                return SafeWriter.File(path: file.path, text: bom ? String(file.text.dropFirst()) : file.text)
            }, guarding: inputs)
        } catch let error as StakeMapError {
            throw report(error)
        }
    }
}
