import ArgumentParser

/// `stakemap validate` (being written).
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "(not yet available)")

    func run() throws {
        printError("error: 'stakemap validate' is not available yet")
        throw ExitStatus.failure
    }
}
