import Foundation
import StakeMap

/// Makes what a foreign reader accepted hold the model's rules, so that a network read from
/// GraphML, GEXF, Kumu or CSV always writes as a native file that `validate` accepts: what the
/// model cannot hold is dropped, with one warning per kind of change.
enum ForeignModelFit {
    /// `graph` with a gender only on persons and no tie from an actor to itself; the warnings say
    /// what was dropped. (Ties stated twice with other values stay as read, for the analysis, which
    /// takes parallel ties as networkx takes a multigraph's; they are reconciled when a native
    /// file is written, see `GraphExporter`.)
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
        let unnamed = dropUnnamedFields(&actors, &ties)
        if unnamed > 0 {
            warnings.append(Diagnostic(.warning, at: at, "\(unnamed) values in a column or attribute with no name were dropped",
                                       hint: "a custom field needs a name; name the column to keep them"))
        }
        var fitted = warnings.isEmpty ? graph : Graph(title: graph.title, description: graph.description, asOf: graph.asOf,
                                                      sources: graph.sources, actors: actors, ties: ties, events: graph.events)
        let renamed = ForeignRecordIDs.fit(&fitted)
        if !renamed.isEmpty {
            warnings.append(Diagnostic(.warning, at: at, "\(renamed.count) source or event ids were not valid or not unique and were renamed (\(sample(renamed)))",
                                       hint: "a StakeMap id has lower-case letters, digits, '.', '_' and '-', and names one record"))
        }
        let texts = ForeignTexts.fit(&fitted)
        if texts > 0 {
            warnings.append(Diagnostic(.warning, at: at, "\(texts) texts had a key that is not a language code, or a text without a language beside others; those entries were dropped",
                                       hint: "a text is one plain string or a map of language codes (en, ar, fr) to strings"))
        }
        return (fitted, warnings)
    }

    /// Removes every custom field whose name is empty or only white space (a CSV column with no
    /// header), which no native file can hold; returns how many values went.
    private static func dropUnnamedFields(_ actors: inout [Actor], _ ties: inout [Tie]) -> Int {
        func isUnnamed(_ key: String) -> Bool { key.trimmingCharacters(in: .whitespaces).isEmpty }
        var dropped = 0
        for index in actors.indices where actors[index].fields.keys.contains(where: isUnnamed) {
            dropped += actors[index].fields.keys.filter(isUnnamed).count
            actors[index].fields = actors[index].fields.filter { !isUnnamed($0.key) }
        }
        for index in ties.indices where ties[index].fields.keys.contains(where: isUnnamed) {
            dropped += ties[index].fields.keys.filter(isUnnamed).count
            ties[index].fields = ties[index].fields.filter { !isUnnamed($0.key) }
        }
        return dropped
    }

    private static func sample(_ ids: [String]) -> String {
        ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
    }
}
