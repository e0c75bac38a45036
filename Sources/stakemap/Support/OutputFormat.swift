import ArgumentParser

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns for reading.
    case table
    /// JSON in the stable shapes of DESIGN.md.
    case json
    /// Comma-separated values.
    case csv
    /// A Markdown table.
    case md

    /// Parses `--format`; choosing JSON or CSV makes standard output data, printed exactly when it
    /// is not a terminal (`printOutput`).
    init?(argument: String) {
        self.init(rawValue: argument)
        if self == .json || self == .csv { StandardOutput.carriesData = true }
    }
}
