/// One person's tenure of a post, from a `holds` tie.
public struct PostTenure: Sendable, Hashable {
    /// The person's id.
    public var person: String
    /// The post's id.
    public var post: String
    /// The `holds` tie.
    public var tie: Tie

    /// The first day of the tenure, or nil when undated.
    public var startDay: Int? { tie.date?.start.firstDayNumber }
    /// The last recorded day: the end of a `start`/`end` range, nil when open or undated.
    public var endDay: Int? { tie.usesStartEnd && tie.date?.isSingle == false ? tie.date?.end.lastDayNumber : nil }
}

/// The holders of posts: who held which office, and when.
public struct PostHolders: Sendable {
    private let byPost: [String: [PostTenure]]
    private let byPerson: [String: [PostTenure]]

    /// Indexes the `holds` ties of `graph`.
    /// - Complexity: O(t log t).
    public init(_ graph: Graph) {
        var byPost = [String: [PostTenure]](), byPerson = [String: [PostTenure]]()
        for tie in graph.ties where tie.kind == .holds {
            let tenure = PostTenure(person: tie.from, post: tie.to, tie: tie)
            byPost[tie.to, default: []].append(tenure)
            byPerson[tie.from, default: []].append(tenure)
        }
        self.byPost = byPost.mapValues { $0.sorted { ($0.startDay ?? Int.min, $0.person) < ($1.startDay ?? Int.min, $1.person) } }
        self.byPerson = byPerson
    }

    /// The tenures of `post`, earliest first (undated first).
    public func tenures(of post: String) -> [PostTenure] { byPost[post] ?? [] }

    /// The posts `person` held, as tenures.
    public func posts(heldBy person: String) -> [PostTenure] { byPerson[person] ?? [] }

    /// The latest tenure of `post` on record, if any.
    public func currentTenure(of post: String) -> PostTenure? { tenures(of: post).last }

    /// Every post id with at least one holder.
    public var postIDs: [String] { byPost.keys.sorted() }
}
