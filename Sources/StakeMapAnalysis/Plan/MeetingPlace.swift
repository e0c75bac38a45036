import Foundation

/// Where to meet an actor: its own place, else its latest meeting's place, else its post's
/// place, else its country (a venue still to confirm) — except for diplomats and post holders,
/// whose country is the state they represent.
enum MeetingPlace {
    static func of(_ id: String, in context: GapContext) -> (place: String?, basis: PlaceBasis) {
        guard let actor = context.graph.actor(withID: id) else { return (nil, .unknown) }
        if let place = actor.place { return (place, .actor) }
        if let place = context.contacts.contacts(of: id).sorted(by: Contact.latestFirst).compactMap(\.place).first {
            return (place, .lastMeeting)
        }
        for tenure in context.posts.posts(heldBy: id).reversed() {
            if let place = context.graph.actor(withID: tenure.post)?.place { return (place, .post) }
        }
        // A diplomat's or post holder's country is the state represented, not where to meet.
        let represents = !context.posts.posts(heldBy: id).isEmpty || actor.kind == .post
            || !Set(actor.tags).isDisjoint(with: ["diplomat", "ambassador", "envoy"])
        if let country = actor.country, !represents { return (countryName(country), .country) }
        return (nil, .unknown)
    }

    /// The English name of an ISO 3166-1 alpha-2 code, or the code.
    static func countryName(_ code: String) -> String {
        Locale(identifier: "en_US").localizedString(forRegionCode: code.uppercased()) ?? code.uppercased()
    }

    /// Whether `place` (with its actor's country) matches one of `wanted`.
    static func matches(_ place: String?, country: String?, wanted: [String]) -> Bool {
        let candidates = [place, country, country.map(countryName)].compactMap { $0?.lowercased() }
        return wanted.contains { want in
            let w = want.lowercased()
            return candidates.contains { $0 == w || $0.hasPrefix(w + ",") }
        }
    }
}
