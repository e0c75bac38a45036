import StakeMap

/// Ties a foreign file states more than once (same ends, kind and date: one tie to the native
/// reader, which merges them and refuses two values for one field). Where a later statement
/// disagrees with an earlier one, the later value gives way to the earlier, so that the native
/// file written from the network validates; each value dropped is reported. (Sensitivities and
/// sources never disagree: the native reader keeps the stricter sensitivity and unites sources.)
enum ForeignRestatedTies {
    /// Aligns every disagreeing value of a restated tie with its first statement; returns
    /// `from→to field` for each value dropped.
    /// - Complexity: O(ties + fields).
    static func reconcile(_ ties: inout [Tie]) -> [String] {
        var first: [String: Tie] = [:]
        var dropped: [String] = []
        for index in ties.indices {
            let identity = ties[index].identity
            guard var earlier = first[identity] else {
                first[identity] = ties[index]
                continue
            }
            let clashes = align(&ties[index], with: &earlier)
            dropped += clashes.map { "\(ties[index].from)→\(ties[index].to) \($0)" }
            first[identity] = earlier
        }
        return dropped
    }

    /// Gives `later` the earlier statement's value wherever the two disagree, and records in
    /// `earlier` the values `later` adds; returns the fields that disagreed.
    private static func align(_ later: inout Tie, with earlier: inout Tie) -> [String] {
        var clashes: [String] = []
        func align<T: Equatable>(_ field: String, _ mine: inout T?, _ known: inout T?) {
            guard let value = mine else { return }
            if let known, known != value {
                clashes.append(field)
                mine = known
            } else {
                known = value
            }
        }
        if later.strength != earlier.strength {
            clashes.append("strength")
            later.strength = earlier.strength
        }
        if later.confidence != earlier.confidence {
            clashes.append("confidence")
            later.confidence = earlier.confidence
        }
        align("place", &later.place, &earlier.place)
        align("weight", &later.weight, &earlier.weight)
        align("outcome", &later.outcome, &earlier.outcome)
        align("follow_up", &later.followUp, &earlier.followUp)
        align("note", &later.note, &earlier.note)
        for key in later.fields.keys.sorted() {
            var mine = later.fields[key], known = earlier.fields[key]
            align(key, &mine, &known)
            later.fields[key] = mine
            earlier.fields[key] = known
        }
        return clashes
    }
}
