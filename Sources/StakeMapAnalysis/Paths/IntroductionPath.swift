/// How introduction paths are measured and constrained.
public struct PathOptions: Sendable, Hashable {
    /// How many paths (Yen's k).
    public var k: Int
    /// Edge length from strength: 1/strength (default) or the strength itself.
    public var length: LengthConvention
    /// Staleness discount: an edge's length doubles for every half-life (in months) since its most
    /// recent dated evidence, relative to `asOf`; nil for no discount. Undated evidence is not discounted.
    public var recencyHalfLifeMonths: Double?
    /// "Today" for the discount; defaults to the graph's `as_of`.
    public var asOf: PartialDate?
    /// Actors the paths must not pass through.
    public var avoid: Set<String>
    /// Who the answer is for: withheld actors and ties are never on a path.
    public var audience: Audience

    /// Creates options: by default the best 3 paths, length 1/strength, no discount.
    public init(k: Int = 3, length: LengthConvention = .inverse, recencyHalfLifeMonths: Double? = nil,
                asOf: PartialDate? = nil, avoid: Set<String> = [], audience: Audience = .internal) {
        self.k = k
        self.length = length
        self.recencyHalfLifeMonths = recencyHalfLifeMonths
        self.asOf = asOf
        self.avoid = avoid
        self.audience = audience
    }
}

/// One step of an introduction path, with the evidence that the two actors are connected.
public struct PathStep: Sendable, Hashable {
    /// The actor the step starts from.
    public var from: String
    /// The actor the step reaches.
    public var to: String
    /// The step's length (after any staleness discount).
    public var length: Double
    /// The ties and shared events that connect the two, most recent first.
    public var evidence: [PairEvidence]
    /// The most recent dated contact, if any.
    public var lastContact: DateSpan?
}

/// A loop-free path from one actor to another, for an introduction.
public struct IntroductionPath: Sendable, Hashable {
    /// The actors along the path, from the first to the last.
    public var actors: [String]
    /// The sum of the step lengths.
    public var cost: Double
    /// The steps, in order.
    public var steps: [PathStep]

    /// The actors strictly between the ends (the intermediaries).
    public var intermediaries: [String] { Array(actors.dropFirst().dropLast()) }
}
