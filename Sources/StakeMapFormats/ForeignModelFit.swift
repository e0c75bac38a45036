import StakeMap

/// Makes what a foreign reader accepted hold the model's rules, so that a network read from
/// GraphML, GEXF, Kumu or CSV always writes as a native file that `validate` accepts: what the
/// model cannot hold is dropped, with one warning per kind of change.
enum ForeignModelFit {
    /// `graph` with a gender only on persons and no tie from an actor to itself; the warnings say what was dropped.
    /// - Complexity: O(actors + ties).
    static func fit(_ graph: Graph, file: String) -> (graph: Graph, warnings: [Diagnostic]) {
        var actors = graph.actors
        var ties = graph.ties
        var warnings: [Diagnostic] = []
        let at = SourceLocation(file: file, line: 1, column: 1)
        var genders: [String] = []
        for index in actors.indices where actors[index].gender != nil && actors[index].kind != .person {
            genders.append(actors[index].id)
            actors[index].gender = nil
        }
        if !genders.isEmpty {
            warnings.append(Diagnostic(.warning, at: at, "'gender' was dropped from \(genders.count) actors that are not persons (\(sample(genders)))",
                                       hint: "StakeMap records a gender for persons only"))
        }
        let loops = ties.filter { $0.from == $0.to }
        if !loops.isEmpty {
            ties.removeAll { $0.from == $0.to }
            warnings.append(Diagnostic(.warning, at: at, "\(loops.count) ties from an actor to itself were dropped (\(sample(loops.map(\.from))))",
                                       hint: "a StakeMap tie joins two different actors"))
        }
        let clashes = dropConflictingFields(&ties)
        if !clashes.isEmpty {
            warnings.append(Diagnostic(.warning, at: at, "\(clashes.count) custom fields were dropped from ties stated twice with another value (\(sample(clashes)))",
                                       hint: "a tie stated twice (same ends, kind and date) is one tie, and one field has one value"))
        }
        guard !warnings.isEmpty else { return (graph, []) }
        return (Graph(title: graph.title, description: graph.description, asOf: graph.asOf, sources: graph.sources,
                      actors: actors, ties: ties, events: graph.events), warnings)
    }

    /// Removes, from the later of two ties with the same identity, each custom field the earlier
    /// one gives another value (the native reader merges such ties into one); returns `from→to field` per drop.
    /// - Complexity: O(ties + fields).
    private static func dropConflictingFields(_ ties: inout [Tie]) -> [String] {
        var first: [String: [String: FieldValue]] = [:]
        var dropped: [String] = []
        for index in ties.indices {
            let identity = ties[index].identity
            guard let earlier = first[identity] else {
                first[identity] = ties[index].fields
                continue
            }
            var merged = earlier
            for (key, value) in ties[index].fields.sorted(by: { $0.key < $1.key }) {
                if let known = earlier[key], known != value {
                    ties[index].fields[key] = nil
                    dropped.append("\(ties[index].from)→\(ties[index].to) \(key)")
                } else {
                    merged[key] = value
                }
            }
            first[identity] = merged
        }
        return dropped
    }

    private static func sample(_ ids: [String]) -> String {
        ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
    }
}
