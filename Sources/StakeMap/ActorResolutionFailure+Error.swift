extension ActorResolutionFailure {
    /// The failure as a `StakeMapError` (`.badArgument`) worded in English, the fact attached
    /// (`actorResolution`): `no actor 'x'; did you mean 'y' (id)?`, `'x' is ambiguous: it names …`,
    /// `'x' is withheld from the public audience; …`. `ResolutionText` words the same in every language.
    public var error: StakeMapError {
        var error: StakeMapError
        switch reason {
        case .notFound:
            error = StakeMapError(.badArgument, "no actor '\(query)'", hint: englishSuggestion)
        case .ambiguous:
            let list = candidates.map { "'\($0.id)' (\($0.name.text(in: "en")), \($0.kind.rawValue))" }.joined(separator: ", ")
            error = StakeMapError(.badArgument, "'\(query)' is ambiguous: it names \(list)", hint: "use one of the ids")
        case let .withheld(sensitivity, audience):
            error = StakeMapError(.badArgument, "'\(query)' is withheld from the \(audience.rawValue) audience",
                                  hint: "it is \(sensitivity.rawValue); use --audience \(Self.keepingAudience(of: sensitivity).rawValue) if you may see it")
        }
        error.actorResolution = self
        return error
    }

    /// `did you mean 'twbi' or «تحالف المرأة الليبية» (lwa)?`, or what is accepted.
    private var englishSuggestion: String {
        guard !candidates.isEmpty else { return "ids and names (in any language) are accepted" }
        let arabic = queryIsArabic
        let shown = candidates.map { candidate -> String in
            guard let name = candidate.matched else { return "'\(candidate.id)'" }
            return arabic ? "«\(name)» (\(candidate.id))" : "'\(name)' (\(candidate.id))"
        }
        return "did you mean \(shown.joined(separator: " or "))?"
    }
}
