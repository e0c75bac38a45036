import ArgumentParser

/// `stakemap centrality` (being written).
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "centrality", abstract: "(not yet available)")

    func run() throws {
        printError("error: 'stakemap centrality' is not available yet")
        throw ExitStatus.failure
    }
}
