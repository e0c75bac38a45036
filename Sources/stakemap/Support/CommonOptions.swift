import Foundation
import ArgumentParser
import StakeMap

extension Audience: ExpressibleByArgument {}
extension ActorKind: ExpressibleByArgument {}
extension TieKind: ExpressibleByArgument {}

/// The audience option shared by every command that prints or writes.
struct AudienceOption: ParsableArguments {
    @Option(help: """
        Who the output is for: public (public items only), internal (also restricted), \
        confidential (everything). Items above the audience are left out entirely.
        """)
    var audience: Audience = .internal
}

/// The options that select the analysis view of a network.
struct NetworkViewOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Tie kinds to keep, comma-separated (e.g. met,partners-with); default: all.",
        valueName: "kinds"))
    var kinds: String?

    @Flag(help: "Leave event co-participation out (by default sharing an event counts as a tie).")
    var noEvents = false

    @Flag(help: "Keep direction where the tie kind has one.")
    var directed = false

    /// The tie kinds parsed from `--kinds`.
    func tieKinds() throws -> Set<TieKind>? {
        guard let kinds else { return nil }
        var result = Set<TieKind>()
        for name in kinds.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let kind = TieKind(rawValue: name) else {
                let hint = Suggestion.hint(for: name, in: TieKind.allCases.map(\.rawValue)) ?? "kinds: \(TieKind.allCases.map(\.rawValue).joined(separator: ", "))"
                throw ValidationError("unknown tie kind '\(name)'; \(hint)")
            }
            result.insert(kind)
        }
        return result
    }

    /// The network options for `audience`.
    func networkOptions(audience: Audience) throws -> NetworkOptions {
        NetworkOptions(tieKinds: try tieKinds(), includeEvents: !noEvents, directed: directed, audience: audience)
    }
}
