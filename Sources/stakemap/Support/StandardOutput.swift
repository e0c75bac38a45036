import StakeMap

/// Everything the command prints to standard output passes here: this shadows Swift's `print`
/// in the `stakemap` module, so no name (an actor's, a title) can send raw ESC sequences, BEL,
/// a lone carriage return or a bidi override to the terminal (`TerminalEscaping.printable`).
/// JSON stays valid (its strings never hold raw controls; a bidi override becomes `⟨U+202E⟩`).
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator)
    Swift.print(TerminalEscaping.printable(text), terminator: terminator)
}
