/// A person's gender, for the gender lens on who is in the room.
public enum Gender: String, Sendable, CaseIterable, Codable {
    /// A woman.
    case woman
    /// A man.
    case man
    /// Another gender.
    case other
}
