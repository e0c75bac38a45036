import Foundation
import StakeMap

/// Everything the command prints to standard output passes here: this shadows Swift's `print`
/// in the `stakemap` module (`printOutput`).
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    printOutput(items.map { "\($0)" }.joined(separator: separator), terminator: terminator)
}

/// Prints text for reading (tables, summaries, Markdown) with every control character and bidi
/// override as a visible escape (`TerminalEscaping.printable`), so no name can send ESC
/// sequences, BEL, a lone carriage return or U+202E to a terminal, or to a file later shown on
/// one. Data (`--format json` or `csv`) is printed exactly as `-o FILE` would write it when
/// standard output is not a terminal, so that a program reading it gets every character.
func printOutput(_ text: String, terminator: String = "\n") {
    if StandardOutput.carriesData && !StandardOutput.isTerminal {
        Swift.print(text, terminator: terminator)
    } else {
        Swift.print(TerminalEscaping.printable(text), terminator: terminator)
    }
}

/// Data printed to standard output (a file format written with `-o -`): exact unless standard
/// output is a terminal, like `--format json`.
func printData(_ text: String, terminator: String = "") {
    StandardOutput.carriesData = true
    printOutput(text, terminator: terminator)
}

/// What standard output is and carries.
enum StandardOutput {
    /// Whether standard output is a terminal (checked once).
    static let isTerminal = isatty(STDOUT_FILENO) == 1
    /// Whether this run prints data (JSON, CSV, a file format) rather than text for reading: set
    /// when `--format json` or `--format csv` is parsed (`OutputFormat`), or by `printData`.
    nonisolated(unsafe) static var carriesData = false
}
