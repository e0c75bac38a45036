import StakeMapAnalysis

/// The stable JSON shape of `gaps`: `{"findings": [{"detector", "severity", "actors",
/// "message", "suggestion", "evidence", "claims"}]}` (docs/CLAIMS.md).
public struct GapsJSON: Codable, Sendable, Hashable {
    /// One piece of evidence.
    public struct Evidence: Codable, Sendable, Hashable {
        /// tie, event, actor or measure.
        public var kind: String
        /// The evidence in words (without citations).
        public var text: String
        /// The actors it concerns.
        public var actors: [String]
        /// The tie kind, for a tie.
        public var tie: TieKind?
        /// The event, for an event.
        public var event: String?
        /// When.
        public var date: DateSpan?
        /// Where.
        public var place: String?
        /// The tie's confidence.
        public var confidence: Confidence?
        /// Citations.
        public var sources: [String]
    }

    /// One finding.
    public struct Finding: Codable, Sendable, Hashable {
        /// The detector.
        public var detector: String
        /// high, medium or low.
        public var severity: GapSeverity
        /// The actors involved, the subject first.
        public var actors: [String]
        /// What the gap is, in words.
        public var message: String
        /// The next step, in words.
        public var suggestion: String
        /// The evidence.
        public var evidence: [Evidence]
        /// The facts the words rest on.
        public var claims: [Claim]
    }

    /// The findings, high first.
    public var findings: [Finding]

    /// The document of `findings` worded by `words`.
    public init(_ findings: [GapFinding], words: GapWords) {
        self.findings = findings.map { GapsJSON.finding($0, words: words) }
    }

    /// One finding in the JSON shape.
    public static func finding(_ finding: GapFinding, words: GapWords) -> Finding {
        let sentences = words.sentences(finding)
        return Finding(detector: finding.detector, severity: finding.severity, actors: finding.actors, message: sentences.message,
                       suggestion: sentences.suggestion, evidence: finding.evidence.map { item in
                           Evidence(kind: item.kind.rawValue, text: words.text(item), actors: item.actors, tie: item.tie, event: item.event,
                                    date: item.date, place: item.place, confidence: item.confidence, sources: item.sources.map(\.description))
                       }, claims: finding.claims)
    }
}
