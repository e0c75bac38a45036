import StakeMap

/// The lines of new native-format entries, written by `NativeWriter` so that they read back exactly.
public enum EntryLines {
    /// The lines of each source record (one flow mapping per line).
    public static func sources(_ sources: [Source]) throws(StakeMapError) -> [[String]] {
        try sources.map { source throws(StakeMapError) in try items(of: Graph(sources: [source]), section: "sources") }
    }

    /// The lines of each actor (block mapping, `- id: …` then `  kind: …`).
    public static func actors(_ actors: [Actor]) throws(StakeMapError) -> [[String]] {
        try actors.map { actor throws(StakeMapError) in try items(of: Graph(actors: [actor]), section: "actors") }
    }

    /// The lines of each tie (one flow mapping per line).
    public static func ties(_ ties: [Tie]) throws(StakeMapError) -> [[String]] {
        try ties.map { tie throws(StakeMapError) in try items(of: Graph(ties: [tie]), section: "ties") }
    }

    /// The lines of each event (block mapping).
    public static func events(_ events: [Event]) throws(StakeMapError) -> [[String]] {
        try events.map { event throws(StakeMapError) in try items(of: Graph(events: [event]), section: "events") }
    }

    /// The item lines of `section` in the writer's text of `graph`, without the section's own indentation.
    private static func items(of graph: Graph, section: String) throws(StakeMapError) -> [String] {
        let text = try NativeWriter().write(graph)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.firstIndex(of: section + ":") else { return [] }
        var result: [String] = []
        for line in lines[(header + 1)...] {
            if line.isEmpty || SectionAppender.topLevelKey(of: Substring(line)) != nil { break }
            result.append(line)
        }
        let indent = result.first.map { $0.prefix { $0 == " " }.count } ?? 0
        return result.map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }
    }
}
