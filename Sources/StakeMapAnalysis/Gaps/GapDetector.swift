/// A named check that finds one kind of gap in a network.
///
/// Each detector is small and independent: it reads the shared `GapContext` (the network as
/// the audience may see it, the home coalition, the targets, the date) and returns findings.
public protocol GapDetector: Sendable {
    /// The detector's name as printed in findings (`target-reach`).
    var name: String { get }
    /// The gaps this detector finds in `context`, each with evidence and a suggestion.
    func findings(in context: GapContext) -> [GapFinding]
}

/// Runs gap detectors and orders their findings.
public enum GapAnalysis {
    /// Every detector, in the order their findings are listed within a severity.
    public static let allDetectors: [any GapDetector] = [
        TargetReachDetector(),
        BrokerDependencyDetector(),
        StaleContactDetector(),
        PostTurnoverDetector(),
        CoalitionIsolationDetector(),
        GroupDivideDetector(),
        UnreciprocatedAdvocacyDetector(),
        GenderLensDetector(),
        WeakEvidenceDetector(),
        MissingDataDetector(),
    ]

    /// The findings of `detectors` in `context`: high first, then by detector order, then as
    /// each detector listed them.
    /// - Complexity: the sum of the detectors' costs, plus O(f log f) for `f` findings.
    public static func run(_ context: GapContext, detectors: [any GapDetector] = allDetectors) -> [GapFinding] {
        var ranked = [(severity: GapSeverity, order: Int, finding: GapFinding)]()
        for detector in detectors {
            for finding in detector.findings(in: context) {
                ranked.append((finding.severity, ranked.count, finding))
            }
        }
        return ranked.sorted { ($0.severity.rank, $0.order) < ($1.severity.rank, $1.order) }.map(\.finding)
    }
}
