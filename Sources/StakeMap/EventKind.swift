/// What sort of gathering an event is.
public enum EventKind: String, Sendable, CaseIterable, Codable {
    /// A meeting between a few actors.
    case meeting
    /// A workshop.
    case workshop
    /// A consultation with stakeholders.
    case consultation
    /// A conference or summit.
    case conference
    /// A campaign.
    case campaign
    /// A training.
    case training
    /// Anything else.
    case other
}
