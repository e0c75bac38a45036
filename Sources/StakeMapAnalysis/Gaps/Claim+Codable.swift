extension Claim: Codable {
    private enum Key: String, CodingKey {
        case claim, a, b, date, from, to, kind, confidence, sourced, dated, person, post, actors, through, actor, field, value, event
    }

    /// Encodes `{"claim": KIND, …}` with the fields of docs/CLAIMS.md (optional extras only when set).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(kind, forKey: .claim)
        switch self {
        case let .met(a, b, date):
            try c.encode(a, forKey: .a)
            try c.encode(b, forKey: .b)
            try c.encode(date, forKey: .date)
        case let .notMet(a, b):
            try c.encode(a, forKey: .a)
            try c.encode(b, forKey: .b)
        case let .lastMet(a, b, date):
            try c.encode(a, forKey: .a)
            try c.encode(b, forKey: .b)
            try c.encode(date, forKey: .date)
        case let .tie(from, to, kind, confidence, sourced, dated):
            try c.encode(from, forKey: .from)
            try c.encode(to, forKey: .to)
            try c.encode(kind, forKey: .kind)
            try c.encodeIfPresent(confidence, forKey: .confidence)
            try c.encodeIfPresent(sourced, forKey: .sourced)
            try c.encodeIfPresent(dated, forKey: .dated)
        case let .holds(person, post):
            try c.encode(person, forKey: .person)
            try c.encode(post, forKey: .post)
        case let .path(actors):
            try c.encode(actors, forKey: .actors)
        case let .onlyThrough(from, to, through):
            try c.encode(from, forKey: .from)
            try c.encode(to, forKey: .to)
            try c.encode(through, forKey: .through)
        case let .noPath(from, to):
            try c.encode(from, forKey: .from)
            try c.encode(to, forKey: .to)
        case let .noLink(a, b):
            try c.encode(a, forKey: .a)
            try c.encode(b, forKey: .b)
        case let .attribute(actor, field, value):
            try c.encode(actor, forKey: .actor)
            try c.encode(field, forKey: .field)
            try c.encode(value, forKey: .value)
        case let .event(id, dated, sourced):
            try c.encode(id, forKey: .event)
            try c.encodeIfPresent(dated, forKey: .dated)
            try c.encodeIfPresent(sourced, forKey: .sourced)
        }
    }

    /// Decodes the shape `encode(to:)` writes; an unknown kind is an error.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let kind = try c.decode(String.self, forKey: .claim)
        func s(_ key: Key) throws -> String { try c.decode(String.self, forKey: key) }
        switch kind {
        case "met": self = .met(a: try s(.a), b: try s(.b), date: try c.decodeIfPresent(DateSpan.self, forKey: .date))
        case "not-met": self = .notMet(a: try s(.a), b: try s(.b))
        case "last-met": self = .lastMet(a: try s(.a), b: try s(.b), date: try c.decode(DateSpan.self, forKey: .date))
        case "tie":
            self = .tie(from: try s(.from), to: try s(.to), kind: try c.decode(TieKind.self, forKey: .kind),
                        confidence: try c.decodeIfPresent(Confidence.self, forKey: .confidence),
                        sourced: try c.decodeIfPresent(Bool.self, forKey: .sourced), dated: try c.decodeIfPresent(Bool.self, forKey: .dated))
        case "holds": self = .holds(person: try s(.person), post: try s(.post))
        case "path": self = .path(actors: try c.decode([String].self, forKey: .actors))
        case "only-through": self = .onlyThrough(from: try s(.from), to: try s(.to), through: try s(.through))
        case "no-path": self = .noPath(from: try s(.from), to: try s(.to))
        case "no-link": self = .noLink(a: try c.decode([String].self, forKey: .a), b: try c.decode([String].self, forKey: .b))
        case "attribute":
            self = .attribute(actor: try s(.actor), field: try s(.field), value: try c.decodeIfPresent(String.self, forKey: .value))
        case "event":
            self = .event(id: try s(.event), dated: try c.decodeIfPresent(Bool.self, forKey: .dated),
                          sourced: try c.decodeIfPresent(Bool.self, forKey: .sourced))
        default:
            throw DecodingError.dataCorruptedError(forKey: .claim, in: c, debugDescription: "unknown claim kind '\(kind)'")
        }
    }
}
