import ArgumentParser
import StakeMap

/// Exit statuses of the command, as documented in `--help` and the README.
enum ExitStatus {
    /// The input has problems.
    static let invalidInput = ExitCode(1)
    /// The output could not be written, or a system component is missing.
    static let failure = ExitCode(2)
}

/// Prints every diagnostic of `error` to standard error and returns the matching exit code.
func report(_ error: StakeMapError) -> ExitCode {
    for diagnostic in error.diagnostics { printError(diagnostic.description) }
    switch error.code {
    case .unwritable, .environment: return ExitStatus.failure
    default: return ExitStatus.invalidInput
    }
}

/// Prints warnings to standard error.
func report(warnings: [Diagnostic]) {
    for warning in warnings { printError(warning.description) }
}

/// Writes a line to standard error: the one place diagnostics, warnings and notes are printed.
/// Whatever a name quoted in it holds (ESC, BEL, CR, a line break, a bidi override) is shown as a
/// visible escape (`TerminalEscaping.line`).
func printError(_ line: String) {
    var stream = StandardError()
    Swift.print(TerminalEscaping.line(line), to: &stream)
}

/// Standard error as a `TextOutputStream`.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleStream.writeToStandardError(string)
    }
}
