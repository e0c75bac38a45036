import StakeMap

/// Ties a foreign file states more than once (same ends, kind and date: one tie to the native
/// reader, which merges them and refuses two values for one field). A foreign multigraph keeps
/// such parallel ties for the analysis, which takes the strongest of them (the merged edge's
/// weight, the shortest length under the default `1/strength`), so before a native file is
/// written every statement takes the values of the strongest statement (the first of equals):
/// the native file's measures then equal the input's. A value only a weaker statement gives is
/// kept. Each value dropped is reported. (Sensitivities and sources never disagree: the native
/// reader keeps the stricter sensitivity and unites sources.)
enum ForeignRestatedTies {
    /// What reconciling changed.
    struct Reconciliation: Sendable, Equatable {
        /// Each value dropped, with the value kept.
        var dropped: [RestatedTies.Drop] = []
        /// How many restated ties lost a weaker statement (their weakest parallel tie is gone,
        /// which only `--length strength` measures, networkx's `weight=` convention).
        var weakerDropped = 0
        /// How many restated ties had statements of different sensitivities (one tie, with the
        /// stricter sensitivity, in the native file).
        var sensitivities = 0
    }

    /// Aligns every statement of a restated tie with its strongest statement.
    /// - Complexity: O(ties + fields).
    static func reconcile(_ ties: inout [Tie]) -> Reconciliation {
        var strongest: [String: Int] = [:]
        var sensitivity: [String: Sensitivity] = [:]
        var mixedSensitivity = Set<String>(), weaker = Set<String>()
        for index in ties.indices {
            let identity = ties[index].identity
            if let known = sensitivity[identity], known != ties[index].sensitivity { mixedSensitivity.insert(identity) }
            sensitivity[identity] = ties[index].sensitivity
            if let best = strongest[identity], ties[index].analysisWeight <= ties[best].analysisWeight { continue }
            strongest[identity] = index
        }
        var kept: [String: Tie] = [:]
        for (identity, index) in strongest { kept[identity] = ties[index] }
        var result = Reconciliation()
        for index in ties.indices {
            let identity = ties[index].identity
            guard strongest[identity] != index, var representative = kept[identity] else { continue }
            if ties[index].analysisWeight < representative.analysisWeight { weaker.insert(identity) }
            let clashes = align(&ties[index], with: &representative)
            result.dropped += clashes.map { RestatedTies.Drop(tie: "\(ties[index].from)→\(ties[index].to)", value: $0.value, kept: $0.kept) }
            kept[identity] = representative
        }
        result.weakerDropped = weaker.count
        result.sensitivities = mixedSensitivity.count
        return result
    }

    /// Gives `later` the representative statement's value wherever the two disagree, and records
    /// in `representative` the values `later` adds; returns, for each value dropped, the field
    /// and value dropped and the value kept (`weight 2`/`weight 4`, `note weak`/`strong`).
    private static func align(_ later: inout Tie, with representative: inout Tie) -> [(value: String, kept: String)] {
        var clashes: [(value: String, kept: String)] = []
        func align<T: Equatable>(_ field: String, _ mine: inout T?, _ known: inout T?) {
            guard let value = mine else { return }
            if let known, known != value {
                clashes.append(("\(field) \(short(value))", short(known)))
                mine = known
            } else {
                known = value
            }
        }
        // Strength and weight go together: the analysis uses the weight when there is one.
        if later.strength != representative.strength || later.weight != representative.weight {
            clashes.append((weight(of: later), weight(of: representative)))
            later.strength = representative.strength
            later.weight = representative.weight
        }
        if later.confidence != representative.confidence {
            clashes.append(("confidence \(later.confidence.rawValue)", representative.confidence.rawValue))
            later.confidence = representative.confidence
        }
        align("place", &later.place, &representative.place)
        align("outcome", &later.outcome, &representative.outcome)
        align("follow_up", &later.followUp, &representative.followUp)
        align("note", &later.note, &representative.note)
        for key in later.fields.keys.sorted() {
            var mine = later.fields[key], known = representative.fields[key]
            align(key, &mine, &known)
            later.fields[key] = mine
            representative.fields[key] = known
        }
        return clashes
    }

    /// `weight 2.5` or `strength 3`: what the analysis takes from `tie`.
    private static func weight(of tie: Tie) -> String {
        guard let weight = tie.weight else { return "strength \(tie.strength)" }
        let text = weight == weight.rounded() && abs(weight) < 1e15 ? String(Int(weight)) : String(weight)
        return tie.strength == 1 ? "weight \(text)" : "weight \(text), strength \(tie.strength)"
    }

    /// A value as shown in the warning: at most 40 characters.
    private static func short(_ value: some Any) -> String {
        let text = "\(value)"
        return text.count > 40 ? String(text.prefix(39)) + "…" : text
    }
}
