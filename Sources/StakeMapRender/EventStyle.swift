/// How events appear on a map.
public enum EventStyle: String, Sendable, CaseIterable, Hashable {
    /// Each event is a small node of its own, linked to its organizers and participants.
    case node
    /// Events are folded into `met` edges between their co-participants.
    case edges
}
