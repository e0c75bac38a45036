import ArgumentParser

/// `stakemap convert` (being written).
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "convert", abstract: "(not yet available)")

    func run() throws {
        printError("error: 'stakemap convert' is not available yet")
        throw ExitStatus.failure
    }
}
