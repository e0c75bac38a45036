import ArgumentParser

/// `stakemap brokers` (being written).
struct BrokersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "brokers", abstract: "(not yet available)")

    func run() throws {
        printError("error: 'stakemap brokers' is not available yet")
        throw ExitStatus.failure
    }
}
