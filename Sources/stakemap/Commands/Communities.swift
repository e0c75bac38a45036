import ArgumentParser

/// `stakemap communities` (being written).
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "communities", abstract: "(not yet available)")

    func run() throws {
        printError("error: 'stakemap communities' is not available yet")
        throw ExitStatus.failure
    }
}
