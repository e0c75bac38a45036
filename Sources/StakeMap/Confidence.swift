/// How well a tie is established.
public enum Confidence: String, Sendable, CaseIterable, Codable {
    /// Confirmed by a source.
    case confirmed
    /// Reported, not confirmed.
    case reported
    /// Unverified hearsay.
    case unverified
}
