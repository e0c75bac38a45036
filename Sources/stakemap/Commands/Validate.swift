import ArgumentParser
import StakeMapFormats

/// `stakemap validate G…`: checks networks and prints a one-line summary of each.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check network files and report every problem with its file, line and column.",
        discussion: """
        Reads each file fully, with its includes, and checks it: unknown keys, kinds and ids \
        (with "did you mean" hints), dangling references, duplicate ids, impossible dates, \
        out-of-range numbers, include cycles and conflicting merges. Prints \
        'ok: N actors, M ties, K events' per valid file (counting what --audience may see); \
        otherwise every problem as FILE:LINE:COLUMN: error: MESSAGE, and exits 1.

        Example:
          stakemap validate graphs/libya-wps.yaml graphs/yemen-marib.yaml
        """)

    @Argument(help: "Network files (.yaml, .graphml, .json, .csv).")
    var graphs: [String]

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @OptionGroup var audience: AudienceOption

    func run() throws {
        var failed = false
        for path in graphs {
            do {
                let loaded = try GraphLoader.load(path: path)
                report(warnings: loaded.warnings)
                let graph = loaded.graph.visible(to: audience.audience)
                if strict && !loaded.warnings.isEmpty {
                    failed = true
                    print("\(path): \(loaded.warnings.count) warning(s), failing because of --strict")
                    continue
                }
                let prefix = graphs.count > 1 ? "\(path): " : ""
                print("\(prefix)ok: \(graph.actors.count) actors, \(graph.ties.count) ties, \(graph.events.count) events")
            } catch {
                _ = report(error)
                failed = true
            }
        }
        if failed { throw ExitStatus.invalidInput }
    }
}
