extension PairEvidence {
    /// A short phrase for this evidence: "met (2018, seed-000#p6)", "both attended the UNSMIL
    /// workshop (2024-10-30..2024-10-31, Tripoli)", "is a member of Libyan Women's Alliance".
    public func phrase(in graph: Graph, language: String = "en") -> String {
        var details = [String]()
        if let date { details.append(date.description) }
        if let place { details.append(place) }
        if !sources.isEmpty { details.append(sources.map(\.description).joined(separator: ", ")) }
        let tail = details.isEmpty ? "" : " (\(details.joined(separator: "; ")))"
        if let event {
            let name = graph.event(withID: event)?.displayName(in: language) ?? event
            return "both at \(name)\(tail)"
        }
        guard let tieKind else { return "connected\(tail)" }
        let other = graph.actor(withID: to)?.displayName(in: language) ?? to
        let source = graph.actor(withID: from)?.displayName(in: language) ?? from
        switch tieKind {
        case .met: return "met\(tail)"
        case .partnersWith: return "partners\(tail)"
        case .related: return "related\(tail)"
        case .memberOf: return "\(source) is a member of \(other)\(tail)"
        case .partOf: return "\(source) is part of \(other)\(tail)"
        case .leads: return "\(source) leads \(other)\(tail)"
        case .worksFor: return "\(source) works for \(other)\(tail)"
        case .holds: return "\(source) holds the post \(other)\(tail)"
        case .represents: return "\(source) represents \(other)\(tail)"
        case .founded: return "\(source) founded \(other)\(tail)"
        case .supports: return "\(source) supports \(other)\(tail)"
        case .funds: return "\(source) funds \(other)\(tail)"
        case .advocatesTo: return "\(source) advocates to \(other)\(tail)"
        case .threatens, .opposes: return "\(tieKind.rawValue)\(tail)"
        }
    }
}

extension PathStep {
    /// The step in words, from its strongest and most recent evidence (at most two items).
    public func explanation(in graph: Graph, language: String = "en") -> String {
        let ranked = evidence.sorted { lhs, rhs in
            let l = (lhs.tieKind == .met || lhs.event != nil ? 1 : 0, lhs.date?.end.lastDayNumber ?? Int.min, lhs.strength)
            let r = (rhs.tieKind == .met || rhs.event != nil ? 1 : 0, rhs.date?.end.lastDayNumber ?? Int.min, rhs.strength)
            return l > r
        }
        let phrases = ranked.prefix(2).map { $0.phrase(in: graph, language: language) }
        let more = evidence.count > 2 ? " and \(evidence.count - 2) more" : ""
        return phrases.joined(separator: "; ") + more
    }
}
