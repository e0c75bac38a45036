import ArgumentParser

/// `stakemap stats` (being written).
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "(not yet available)")

    func run() throws {
        printError("error: 'stakemap stats' is not available yet")
        throw ExitStatus.failure
    }
}
