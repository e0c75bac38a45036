extension Words {
    /// A command's `message` with its placeholders filled by `arguments`.
    public func callAsFunction(_ message: CommandMessage, _ arguments: [String: TextValue] = [:]) -> String {
        fill(catalog.template(message), arguments)
    }

    /// A notice with its placeholders filled by `arguments`.
    public func callAsFunction(_ message: NoticeMessage, _ arguments: [String: TextValue] = [:]) -> String {
        fill(catalog.template(message), arguments)
    }

    /// The first message when `number` is 1, else the second (English "1 record", "3 records";
    /// a catalog may word both alike).
    public func callAsFunction(one: CommandMessage, other: CommandMessage, number: Int, _ arguments: [String: TextValue] = [:]) -> String {
        var arguments = arguments
        arguments["number"] = .number(number)
        return self(number == 1 ? one : other, arguments)
    }

    /// The language's tag for display names (`en`, `ar`).
    public var tag: String { language.rawValue }
}
