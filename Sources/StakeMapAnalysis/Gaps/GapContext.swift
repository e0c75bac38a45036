/// What the gap detectors are asked about: the home actor, the targets, the date and the
/// grouping, with defaults that suit an advocacy team.
public struct GapOptions: Sendable, Hashable {
    /// The home actor (a coalition or organisation), by id; nil for a network-wide look.
    public var home: String?
    /// The targets, by id.
    public var targets: [String]
    /// "Today" for staleness; nil uses the network's `as_of`, else the real date.
    public var asOf: PartialDate?
    /// The attribute that divides actors into groups for `group-divide`.
    public var groupBy: GroupAttribute
    /// A contact older than this many months before `asOf` is stale.
    public var staleAfterMonths: Int

    /// Creates options; by default no home, no targets, groups by region, stale after 24 months.
    public init(home: String? = nil, targets: [String] = [], asOf: PartialDate? = nil,
                groupBy: GroupAttribute = .region, staleAfterMonths: Int = 24) {
        self.home = home
        self.targets = targets
        self.asOf = asOf
        self.groupBy = groupBy
        self.staleAfterMonths = staleAfterMonths
    }
}

/// The shared input of every gap detector: the network as the audience may see it, the home
/// coalition, the targets, and indexes built once.
///
/// Everything withheld from the audience is removed before any detector runs
/// (`Graph.visible(to:)`), so no finding can name, cite or count a withheld actor or tie.
public struct GapContext: Sendable {
    /// The network as the audience may see it.
    public let graph: Graph
    /// The audience the findings are for.
    public let audience: Audience
    /// The options asked for.
    public let options: GapOptions
    /// The home actor's id, when given and visible.
    public let home: String?
    /// The home actor and its members (`Graph.members(of:)`: `member-of`, `works-for`, `leads`,
    /// `represents`, transitively), home first, members in graph order; empty without a home.
    public let coalition: [String]
    /// The visible targets, in the order given, without duplicates.
    public let targets: [String]
    /// "Today": the option, else the network's `as_of`, else the real date (`Today.date`).
    public let asOf: PartialDate?
    /// Who met whom.
    public let contacts: ContactIndex
    /// Ties by actor and pair.
    public let ties: TieIndex
    /// Holders of posts.
    public let posts: PostHolders
    /// The path view, as `path` searches it: every tie but `threatens` and `opposes`, plus
    /// events, undirected. Claims about paths (`only-through`, `no-path`) are made on it.
    public let pathView: Network
    /// Every tie of any kind plus events, undirected: what `no-link` claims are made on.
    public let linkView: Network
    /// The relationship view: every tie but hostile and one-sided ones (`threatens`, `opposes`,
    /// `advocates-to`), plus events, undirected.
    public let relations: Network
    /// Introduction candidates by link prediction.
    public let predictor: LinkPredictor
    /// The warmest introduction paths.
    public let router: any IntroductionRouting
    /// Gould–Fernandez roles by actor kind on the directed relationship view.
    public let roles: BrokerageRoles

    /// Tie kinds that do not open a door: hostile or one-sided.
    public static let nonRelations: Set<TieKind> = [.threatens, .opposes, .advocatesTo]

    /// Builds the context for `audience`; `router` defaults to the introduction paths of
    /// `Graph.introductionPaths(from:to:options:)`.
    /// - Complexity: O(V + E log E + Σ attendees² + Σ_v in(v)·out(v)·log d).
    public init(graph fullGraph: Graph, audience: Audience, options: GapOptions,
                router: (any IntroductionRouting)? = nil) {
        let graph = fullGraph.visible(to: audience)
        self.graph = graph
        self.audience = audience
        self.options = options
        let home = options.home.flatMap { graph.actor(withID: $0) == nil ? nil : $0 }
        self.home = home
        var seen = Set<String>()
        self.targets = options.targets.filter { graph.actor(withID: $0) != nil && $0 != home && seen.insert($0).inserted }
        self.asOf = options.asOf ?? graph.asOf ?? Today.date
        let ties = TieIndex(graph)
        self.ties = ties
        self.contacts = ContactIndex(graph)
        self.posts = PostHolders(graph)
        if let home {
            let members = Set(graph.members(of: home))
            self.coalition = [home] + graph.actors.map(\.id).filter { members.contains($0) && $0 != home }
        } else {
            self.coalition = []
        }
        let kinds = Set(TieKind.allCases).subtracting(Self.nonRelations)
        let relations = Network(graph, options: NetworkOptions(tieKinds: kinds, includeEvents: true, audience: audience))
        self.relations = relations
        self.pathView = Network(graph, options: NetworkOptions(tieKinds: Set(TieKind.allCases).subtracting([.threatens, .opposes]),
                                                              includeEvents: true, audience: audience))
        self.linkView = Network(graph, options: NetworkOptions(tieKinds: Set(TieKind.allCases), includeEvents: true, audience: audience))
        self.predictor = LinkPredictor(graph: graph, audience: audience, tieKinds: kinds)
        self.router = router ?? IntroductionPathRouter(graph: graph, options: PathOptions(k: 1, asOf: options.asOf, audience: audience))
        let directed = Network(graph, options: NetworkOptions(tieKinds: kinds, includeEvents: true, directed: true,
                                                             audience: audience))
        self.roles = directed.brokerageRoles(in: graph, by: .kind)
    }

    /// Whether `id` is the home actor or one of its members.
    public func isInCoalition(_ id: String) -> Bool { coalition.contains(id) }

    /// Whether `id` is one of the targets.
    public func isTarget(_ id: String) -> Bool { targets.contains(id) }

    /// A decision-maker: a person with influence 4 or more, or one who holds a post.
    public func isDecisionMaker(_ id: String) -> Bool {
        guard let actor = graph.actor(withID: id), actor.kind == .person else { return false }
        return (actor.influence ?? 0) >= 4 || !posts.posts(heldBy: id).isEmpty
    }

    /// The contacts of the coalition (or, without a home, of anyone) with `actor`, latest first,
    /// each with the coalition member who had it.
    public func coalitionContacts(with actor: String) -> [(member: String, contact: Contact)] {
        coalition.flatMap { member in contacts.contacts(between: member, and: actor).map { (member, $0) } }
            .sorted { Contact.latestFirst($0.contact, $1.contact) }
    }

    /// The first day considered fresh: `asOf` minus `staleAfterMonths`; nil without a date.
    public var staleCutoffDay: Int? {
        guard let asOf else { return nil }
        let last = asOf.lastDay
        var month = last.month - options.staleAfterMonths, year = last.year
        while month < 1 { month += 12; year -= 1 }
        guard let date = PartialDate(year: max(1, year), month: month,
                                     day: min(last.day, PartialDate.daysIn(month: month, year: max(1, year)))) else { return nil }
        return date.firstDayNumber
    }

    /// Evidence for a tie.
    public func evidence(_ tie: Tie) -> GapEvidence {
        GapEvidence(kind: .tie, actors: [tie.from, tie.to], tie: tie.kind, date: tie.date, place: tie.place,
                    confidence: tie.confidence, note: tie.note, sources: tie.sources)
    }

    /// Evidence for an event and everyone who attended it.
    public func evidence(_ event: Event) -> GapEvidence {
        GapEvidence(kind: .event, actors: event.attendees, event: event.id, date: event.date, place: event.place,
                    sources: event.sources)
    }

    /// Evidence for a contact of `actor`: its `met` tie, or the event both attended (its actors
    /// are then the two who met there).
    public func evidence(_ contact: Contact, of actor: String) -> GapEvidence {
        if let tie = contact.tie { return evidence(tie) }
        return GapEvidence(kind: .event, actors: [actor, contact.other], event: contact.event, date: contact.date,
                           place: contact.place, sources: contact.sources)
    }

    /// The claim that `actor` and `contact.other` met, with the contact's date.
    public func claim(_ contact: Contact, of actor: String) -> Claim {
        .met(a: actor, b: contact.other, date: contact.date)
    }
}
