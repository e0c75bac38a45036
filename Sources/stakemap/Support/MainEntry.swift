import ArgumentParser
import Foundation
import StakeMap
import StakeMapRender

extension StakeMapCommand {
    /// The entry point: ArgumentParser's own (`parseAsRoot`, `run`), except that its messages go
    /// through the same escaping as every other line. ArgumentParser echoes what was typed
    /// (`The value '…' is invalid for '--lang <lang>'`, `Unknown option '…'`), so a value holding
    /// ESC sequences or a bidi override would otherwise reach the terminal raw.
    ///
    /// `render` draws with Graphviz, whose start-up (plugins, fonts, text layout) takes about as
    /// long as reading the arguments and the network: it starts first, on another thread, and
    /// the command picks it up (`RenderEnvironment.prepare`). The process never exits while it
    /// runs.
    static func main() {
        let early = CommandLine.arguments.dropFirst().first == "render" ? RenderEnvironment.prepareEarly() : nil
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            _ = try? early?.finish()
            exitPrinting(error)
        }
        _ = try? early?.finish()
    }

    /// Prints ArgumentParser's message for `error` (help and version to standard output, errors
    /// to standard error, a line at a time through `printError`) and exits with its code.
    static func exitPrinting(_ error: any Error) -> Never {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { printData(message, terminator: "\n") }
        } else if !message.isEmpty {
            for line in ArgumentEcho.escaped(message, arguments: CommandLine.arguments.dropFirst())
                .split(separator: "\n", omittingEmptySubsequences: false) {
                printError(String(line))
            }
        }
        Foundation.exit(code.rawValue)
    }
}

/// What the command line typed, shown escaped inside ArgumentParser's messages.
enum ArgumentEcho {
    /// `message` with every typed argument (and the value after `--option=`) that holds a control
    /// character or bidi override replaced by its visible escape, a line break in it too, so that a
    /// value cannot start a line of its own.
    /// - Complexity: O(arguments × length of `message`).
    static func escaped(_ message: String, arguments: some Sequence<String>) -> String {
        var typed = Set<String>()
        for argument in arguments {
            typed.insert(argument)
            if argument.hasPrefix("-"), let equals = argument.firstIndex(of: "=") {
                typed.insert(String(argument[argument.index(after: equals)...]))
            }
        }
        var result = message
        for value in typed.sorted(by: { $0.count > $1.count }) where TerminalEscaping.line(value) != value {
            result = result.replacingOccurrences(of: value, with: TerminalEscaping.line(value))
        }
        return result
    }
}
