/// The words on a map besides the names: legend headings and entries, the default title and the
/// caption. Render writes no words of its own choosing: the caller hands them in (StakeMapText
/// builds them for English, Arabic or both; `english` is the fallback for library users).
public struct MapWording: Sendable, Hashable {
    /// A legend heading.
    public enum Heading: String, Sendable, Hashable, CaseIterable {
        /// Actor kinds.
        case actors
        /// Events.
        case events
        /// Tie kinds.
        case ties
        /// Stance colours.
        case stance
        /// Community colours.
        case colour
        /// Node size.
        case size
        /// Highlighted items.
        case marked
    }

    /// A legend entry that is not a kind.
    public enum Term: String, Sendable, Hashable, CaseIterable {
        /// An event node.
        case event
        /// A stance that is not recorded.
        case unknownStance
        /// Colour by community.
        case community
        /// The size measure when none is named.
        case score
        /// Highlighted actors and links.
        case highlighted
    }

    /// The facts of the caption under the title, for `caption` to word.
    public struct Caption: Sendable, Hashable {
        /// The network's "today".
        public var asOf: PartialDate?
        /// The focus actor's name, when the map is a neighbourhood.
        public var focusName: LocalizedText?
        /// The focus depth in steps.
        public var focusDepth: Int
        /// Actors drawn.
        public var actors: Int
        /// Links drawn.
        public var links: Int
        /// The audience.
        public var audience: Audience

        /// Creates the facts of a caption.
        public init(asOf: PartialDate?, focusName: LocalizedText?, focusDepth: Int, actors: Int, links: Int, audience: Audience) {
            self.asOf = asOf
            self.focusName = focusName
            self.focusDepth = focusDepth
            self.actors = actors
            self.links = links
            self.audience = audience
        }
    }

    /// Says which wording this is (language and digits); two wordings with the same identity
    /// and entries are equal.
    public var identity: String
    /// Whether the legend reads right to left (headings on the right, cells right-aligned).
    public var isRightToLeft: Bool
    /// The title when neither the options nor the network have one.
    public var defaultTitle: String
    /// Legend headings.
    public var headings: [Heading: String]
    /// Legend entries that are not kinds.
    public var terms: [Term: String]
    /// Actor kinds' names.
    public var actorKinds: [ActorKind: String]
    /// Tie kinds' names.
    public var tieKinds: [TieKind: String]
    /// Stances' names, −2 … +2.
    public var stances: [Int: String]
    /// The caption lines for the facts (each line in one language).
    public var caption: @Sendable (Caption) -> [String]
    /// A date under an event's name.
    public var date: @Sendable (DateSpan) -> String

    /// Creates a wording.
    public init(identity: String, isRightToLeft: Bool, defaultTitle: String, headings: [Heading: String], terms: [Term: String],
                actorKinds: [ActorKind: String], tieKinds: [TieKind: String], stances: [Int: String],
                caption: @escaping @Sendable (Caption) -> [String],
                date: @escaping @Sendable (DateSpan) -> String = { $0.description }) {
        self.identity = identity
        self.isRightToLeft = isRightToLeft
        self.defaultTitle = defaultTitle
        self.headings = headings
        self.terms = terms
        self.actorKinds = actorKinds
        self.tieKinds = tieKinds
        self.stances = stances
        self.caption = caption
        self.date = date
    }

    /// Equal when the identity and every entry agree.
    public static func == (lhs: MapWording, rhs: MapWording) -> Bool {
        lhs.identity == rhs.identity && lhs.isRightToLeft == rhs.isRightToLeft && lhs.defaultTitle == rhs.defaultTitle
            && lhs.headings == rhs.headings && lhs.terms == rhs.terms && lhs.actorKinds == rhs.actorKinds
            && lhs.tieKinds == rhs.tieKinds && lhs.stances == rhs.stances
    }

    /// Hashes the identity and the title.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(identity)
        hasher.combine(defaultTitle)
    }

    /// The English fallback: the kinds as written in the data.
    public static let english = MapWording(
        identity: "en", isRightToLeft: false, defaultTitle: "Stakeholder map",
        headings: [.actors: "Actors", .events: "Events", .ties: "Ties", .stance: "Stance", .colour: "Colour", .size: "Size", .marked: "Marked"],
        terms: [.event: "event", .unknownStance: "unknown", .community: "community", .score: "score", .highlighted: "highlighted"],
        actorKinds: Dictionary(uniqueKeysWithValues: ActorKind.allCases.map { ($0, $0.rawValue) }),
        tieKinds: Dictionary(uniqueKeysWithValues: TieKind.allCases.map { ($0, $0.rawValue) }),
        stances: [-2: "opponent", -1: "critical", 0: "neutral", 1: "supportive", 2: "champion"],
        caption: { facts in
            func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
            var parts = [String]()
            if let asOf = facts.asOf { parts.append("As of \(asOf)") }
            if let name = facts.focusName { parts.append("around \(name.text(in: "en")), \(plural(facts.focusDepth, "step"))") }
            parts.append("\(plural(facts.actors, "actor")), \(plural(facts.links, "link"))")
            parts.append("audience: \(facts.audience.rawValue)")
            return [parts.joined(separator: " · ")]
        })
}
