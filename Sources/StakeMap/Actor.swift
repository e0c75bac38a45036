/// A person, organization, coalition, UN body, government body, mission, state or post.
public struct Actor: Sendable, Hashable, Codable, Identifiable {
    /// The unique slug id (`[a-z0-9][a-z0-9._-]*`).
    public var id: String
    /// What sort of actor this is.
    public var kind: ActorKind
    /// The name, in one or more languages.
    public var name: LocalizedText
    /// Other names, in any language.
    public var aliases: [String]
    /// ISO 3166-1 alpha-2 country code.
    public var country: String?
    /// A city or place.
    public var place: String?
    /// A region within the country (e.g. `east`, `south`).
    public var region: String?
    /// A person's post ("Ambassador of France to Libya").
    public var title: LocalizedText?
    /// A person's gender.
    public var gender: Gender?
    /// Free tags (`women-led`, `eu`).
    public var tags: [String]
    /// Influence, 1 (little) to 5 (decisive).
    public var influence: Int?
    /// Stance, −2 (opponent) to +2 (champion).
    public var stance: Int?
    /// Who may see this actor.
    public var sensitivity: Sensitivity
    /// A free-text note.
    public var note: String?
    /// Where the facts about this actor come from.
    public var sources: [Citation]
    /// The user's own attributes (and foreign attributes with no StakeMap field), by key.
    public var fields: [String: FieldValue]

    /// Creates an actor; only `id` and `kind` are required.
    public init(id: String, kind: ActorKind, name: LocalizedText? = nil, aliases: [String] = [],
                country: String? = nil, place: String? = nil, region: String? = nil,
                title: LocalizedText? = nil, gender: Gender? = nil, tags: [String] = [],
                influence: Int? = nil, stance: Int? = nil, sensitivity: Sensitivity = .public,
                note: String? = nil, sources: [Citation] = [], fields: [String: FieldValue] = [:]) {
        self.id = id
        self.kind = kind
        self.name = name ?? LocalizedText(id)
        self.aliases = aliases
        self.country = country
        self.place = place
        self.region = region
        self.title = title
        self.gender = gender
        self.tags = tags
        self.influence = influence
        self.stance = stance
        self.sensitivity = sensitivity
        self.note = note
        self.sources = sources
        self.fields = fields
    }

    /// The display name in `language`, falling back as `LocalizedText.text(in:)` does.
    public func displayName(in language: String? = nil) -> String { name.text(in: language) }

    /// Every name and alias, in every language.
    public var allNames: [String] { name.allValues + aliases }
}
