import StakeMap

/// What writing a foreign network as a native file changed in the ties it states more than
/// once (same ends, kind and date: one tie in a native file, with the strongest statement's
/// values; `GraphExporter.nativeTies(of:)`), as facts; `warning` is the English warning.
public struct RestatedTies: Sendable, Hashable {
    /// A value dropped from a restated tie, and the value kept.
    public struct Drop: Sendable, Hashable {
        /// The tie: `from→to`.
        public var tie: String
        /// The field and value dropped: `weight 2, strength 2`, `place Tunis`.
        public var value: String
        /// The value kept: `weight 4, strength 4` (strength and weight named, as they go
        /// together), `Tripoli`.
        public var kept: String

        /// Creates a drop.
        public init(tie: String, value: String, kept: String) {
            self.tie = tie
            self.value = value
            self.kept = kept
        }

        /// `0→2 weight 2, strength 2 (kept weight 4, strength 4)`.
        public var english: String { "\(tie) \(value) (kept \(kept))" }
    }

    /// Each value dropped, with the value kept.
    public var dropped: [Drop]
    /// How many restated ties lost a weaker statement, which only `--length strength` measures.
    public var weakerDropped: Int
    /// How many restated ties had statements of different sensitivities (the stricter kept).
    public var sensitivities: Int

    /// Creates the facts.
    public init(dropped: [Drop], weakerDropped: Int, sensitivities: Int) {
        self.dropped = dropped
        self.weakerDropped = weakerDropped
        self.sensitivities = sensitivities
    }

    /// The first five values dropped (the warning names no more), and whether there are more.
    public var shownDrops: (drops: [Drop], more: Bool) {
        (Array(dropped.prefix(5)), dropped.count > 5)
    }

    /// The English warning `convert` prints.
    public var warning: Diagnostic {
        var differs = ["a tie stated twice (same ends, kind and date) is one tie in a native file: it keeps the strongest "
            + "statement's values (its strength and weight are what the analysis of parallel ties uses), so centrality, "
            + "paths and communities of the native file equal the input's"]
        if weakerDropped > 0 {
            differs[0] += ", except with --length strength (networkx's weight= lengths), where the weaker tie was the "
                + "shorter: \(weakerDropped) pairs then differ"
        }
        if sensitivities > 0 {
            differs.append("\(sensitivities) ties stated with two sensitivities take the stricter one, so an "
                + "audience that saw only the less protected statement no longer sees the tie")
        }
        let message = dropped.isEmpty
            ? "\(sensitivities) ties stated twice with different sensitivities become one tie each"
            : "\(dropped.count) values were dropped from ties stated twice with another value ("
                + shownDrops.drops.map(\.english).joined(separator: ", ") + (shownDrops.more ? ", …" : "") + ")"
        return Diagnostic(.warning, at: nil, message, hint: differs.joined(separator: "; "))
    }
}
