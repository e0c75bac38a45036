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
}
