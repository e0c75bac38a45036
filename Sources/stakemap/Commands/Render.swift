import ArgumentParser

/// `stakemap render` (being written).
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "(not yet available)")

    func run() throws {
        printError("error: 'stakemap render' is not available yet")
        throw ExitStatus.failure
    }
}
